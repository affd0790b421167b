package se.samverkan.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.DeployScript;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * {@code deploy/samverkan backup} while the product runs, then the backup's database restored
 * into an empty scratch cluster ({@code verify-backup}, the same steps as {@code restore}): every
 * table holds exactly what the live one held, row for row.
 */
@ExtendWith(ArquillianExtension.class)
public class BackupRestoreIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private DeployScript script;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    script = new DeployScript(stack);
  }

  @Test
  void aBackupTakenWhileRunningRestoresToTheSameContent(@TempDir Path dir) throws IOException {
    Api api = new Api(stack);
    Api.Response created = api.post(new Tokens(stack).of(Halland.coordinator("laholm")),
        Coordination.groupsPath("laholm"), Json.of("name", Coordination.uniqueName("Säkerhetskopierad grupp")));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    Path backup = dir.resolve("samverkan.tar.gz");

    Map<String, String> before = checksums(script.run(300, "checksums"));
    DeployScript.Run made = script.run(600, "backup", backup.toString());
    assertThat(made.exit()).as(made.output()).isZero();
    Map<String, String> after = checksums(script.run(300, "checksums"));
    DeployScript.Run restored = script.run(600, "verify-backup", backup.toString());
    assertThat(restored.exit()).as(restored.output()).isZero();
    Map<String, String> fromBackup = checksums(restored);

    assertThat(fromBackup.keySet()).isEqualTo(before.keySet());
    // a table that changed on its own while the backup was made (mail delivered meanwhile) is
    // left out; the data people wrote did not
    Map<String, String> quiet = new LinkedHashMap<>(before);
    quiet.entrySet().removeIf(table -> !table.getValue().equals(after.get(table.getKey())));
    assertThat(quiet).containsKeys("tenant", "coordination_group", "group_member", "meeting", "agenda_item",
        "assignment", "audit_event", "flyway_schema_history");
    quiet.forEach((table, sum) -> assertThat(fromBackup.get(table)).as(table).isEqualTo(sum));
    assertThat(Integer.parseInt(fromBackup.get("coordination_group").split("\t")[0])).isGreaterThan(12);

    assertThat(Files.getPosixFilePermissions(backup))
        .as("the backup holds the secrets: readable by its owner only")
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    // Keycloak was stopped for its copy and is back: a login works
    assertThat(new Tokens(stack).of(Halland.coordinator("laholm"))).isNotBlank();
  }

  /** {@code table → "rows\tmd5"} from the script's lines; its other lines are left out. */
  private static Map<String, String> checksums(DeployScript.Run run) {
    assertThat(run.exit()).as(run.output()).isZero();
    Map<String, String> sums = new LinkedHashMap<>();
    run.output().lines()
        .map(line -> line.split("\t"))
        .filter(parts -> parts.length == 3 && parts[2].matches("[0-9a-f]{32}|"))
        .forEach(parts -> sums.put(parts[0], parts[1] + "\t" + parts[2]));
    assertThat(sums).as(run.output()).isNotEmpty();
    return sums;
  }
}
