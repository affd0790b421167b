package se.samverkan.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Database.column;
import static se.samverkan.it.support.Database.rows;
import static se.samverkan.it.support.Database.setTenant;
import static se.samverkan.it.support.Halland.KUNGSBACKA;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The demo area of tenants/halland.json is provisioned at deployment, exactly once: a second
 * deployment of the same EAR (which runs migrations and provisioning again) changes no row, and
 * leaves what people changed in between as they left it.
 */
@ExtendWith(ArquillianExtension.class)
public class ProvisioningIT {

  private static final String DEPLOYMENT = "provisioned-twice";

  /** Deployed by the test itself, twice, through Arquillian's deployer. */
  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @ArquillianResource private Deployer deployer;

  private Stack stack;
  private Database database;
  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private boolean deployed;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    database = new Database(stack);
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
  }

  @AfterEach
  void tearDown() {
    try {
      if (deployed) {
        coordination.cleanUp();
      }
    } finally {
      if (deployed) {
        deployer.undeploy(DEPLOYMENT);
      }
    }
  }

  @Test
  void provisioningTwiceChangesNothing() throws Exception {
    deploy();
    assertProvisionedOnce();

    // something people did between the two starts: a member added through the API
    long ssgv = coordination.groupId(KUNGSBACKA, Halland.SSGV);
    Coordination.Made added = coordination.add(KUNGSBACKA, ssgv);
    Map<String, List<String>> before = snapshot();
    assertThat(before.get("group_member of kungsbacka")).anyMatch(row -> row.contains(added.member().getString("name")));

    deployer.undeploy(DEPLOYMENT);
    deployed = false;
    deploy();

    assertThat(snapshot()).as("every table after the second deployment").isEqualTo(before);
    assertProvisionedOnce();
    Api.Response groups = api.get(tokens.of(Halland.coordinator(KUNGSBACKA)), Coordination.groupsPath(KUNGSBACKA));
    assertThat(groups.status()).as("the application after the second deployment: %s", groups).isEqualTo(200);
  }

  private void deploy() throws InterruptedException {
    deployer.deploy(DEPLOYMENT);
    deployed = true;
    awaitReady();
  }

  /** Deployment returns when the application is loaded; readiness says provisioning is done. */
  private void awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI ready = stack.server("/health/ready");
    Instant deadline = Instant.now().plusSeconds(90);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response =
            http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        last = response.statusCode() + " " + response.body();
        if (response.statusCode() == 200 && response.body().contains("samverkan-database")) {
          return;
        }
      } catch (java.io.IOException e) {
        last = e.toString();
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the application did not become ready after deployment: " + last);
  }

  /** The area, its 7 parties, 2 user organisations, 12 groups and Kungsbacka SSGB's demo members, once each. */
  private void assertProvisionedOnce() throws SQLException {
    try (Connection owner = database.asOwner()) {
      assertThat(column(owner, "select id from collaboration_area")).containsExactly("halland");
      assertThat(column(owner, "select id from tenant where area_id = 'halland'"))
          .containsExactlyInAnyOrderElementsOf(Halland.TENANTS);
      assertThat(rows(owner, "select id, name, kind from tenant where id in ('kungsbacka', 'region-halland') order by id"))
          .containsExactly(
              "id=kungsbacka|name=Kungsbacka kommun|kind=MUNICIPALITY",
              "id=region-halland|name=Region Halland|kind=REGION");
      assertThat(column(owner, "select id from user_organisation where area_id = 'halland'"))
          .containsExactlyInAnyOrderElementsOf(Halland.USER_ORGANISATIONS);

      owner.setAutoCommit(false);
      List<String> groups = new ArrayList<>();
      for (String tenant : Halland.TENANTS) {
        setTenant(owner, tenant);
        groups.addAll(rows(owner,
            "select tenant_id, kind, name from coordination_group where provision_key is not null order by kind"));
      }
      List<String> expected = new ArrayList<>();
      for (String municipality : Halland.MUNICIPALITIES) {
        for (String kind : List.of(Halland.SSGB, Halland.SSGV)) {
          expected.add("tenant_id=" + municipality + "|kind=" + kind + "|name=" + Halland.groupName(kind, municipality));
        }
      }
      assertThat(groups).as("provisioned groups").containsExactlyInAnyOrderElementsOf(expected).hasSize(12);

      setTenant(owner, KUNGSBACKA);
      assertThat(rows(owner,
              "select m.name, m.email, m.organisation, m.role from group_member m"
                  + " join coordination_group g on g.id = m.group_id and g.tenant_id = m.tenant_id"
                  + " where g.provision_key is not null and g.kind = 'SSGB'"
                  + " and m.email in ('kungsbacka-coordinator@example.org', 'region-halland-member@example.org',"
                  + " 'kungsbacka-member@example.org') order by m.name"))
          .as("Kungsbacka SSGB's demo members")
          .containsExactly(
              "name=Ebba Lindqvist|email=kungsbacka-coordinator@example.org|organisation=kungsbacka|role=COORDINATOR",
              "name=Oskar Berglind|email=region-halland-member@example.org|organisation=region-halland|role=MEMBER",
              "name=Tove Almgren|email=kungsbacka-member@example.org|organisation=kungsbacka|role=MEMBER");

      // the demo term: written once with the group, so a restart adds nothing
      assertThat(rows(owner,
              "select m.minutes_status, count(*) as meetings from meeting m"
                  + " join coordination_group g on g.id = m.group_id and g.tenant_id = m.tenant_id"
                  + " where g.provision_key = 'ssgb' and (m.minutes_approved_by = 'Gruppens samordnare'"
                  + " or m.place = 'Kommunhuset, sammanträdesrum Ljuset') group by m.minutes_status"
                  + " order by m.minutes_status"))
          .as("Kungsbacka SSGB's demo term")
          .containsExactly("minutes_status=APPROVED|meetings=2", "minutes_status=DRAFT|meetings=1");
      assertThat(rows(owner,
              "select a.status, count(*) as items from action_item a"
                  + " join coordination_group g on g.id = a.group_id and g.tenant_id = a.tenant_id"
                  + " where g.provision_key = 'ssgb' and a.responsible in ('Elevhälsan och BUP', 'Socialtjänstens mottagning')"
                  + " group by a.status order by a.status"))
          .as("Kungsbacka SSGB's demo action items")
          .containsExactly("status=DONE|items=1", "status=OPEN|items=1");

      // RUG's two demo assignments, and what RUG sees of them: only the submitted reports
      setTenant(owner, Halland.REGION);
      assertThat(column(owner, "select target_kind from assignment where agreement_ref in"
              + " ('Regional överenskommelse, avsnitt om SIP', 'Överenskommelse om trygg och effektiv utskrivning')"
              + " order by target_kind"))
          .as("the demo assignments").containsExactly("SSGB", "SSGV");
      assertThat(rows(owner, "select s.kind, count(*) as reports from assignment_report_snapshot s"
              + " join assignment a on a.id = s.assignment_id where a.agreement_ref in"
              + " ('Regional överenskommelse, avsnitt om SIP', 'Överenskommelse om trygg och effektiv utskrivning')"
              + " group by s.kind order by s.kind"))
          .as("submitted demo reports, as RUG reads them")
          .containsExactly("kind=FINAL|reports=1", "kind=PROGRESS|reports=3");
      owner.rollback();
    }
  }

  /** Every row of every table the application provisions or owns, read as the owner. */
  private Map<String, List<String>> snapshot() throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (Connection owner = database.asOwner()) {
      tables.put("collaboration_area", rows(owner, "select * from collaboration_area order by id"));
      tables.put("tenant", rows(owner, "select * from tenant order by id"));
      tables.put("user_organisation", rows(owner, "select * from user_organisation order by id"));
      tables.put("membership_directory", rows(owner, "select * from membership_directory order by member_id"));
      List<String> names = column(owner,
          "select table_name from information_schema.tables where table_schema = current_schema() order by 1");
      tables.put("tables", names);
      if (names.contains("flyway_schema_history")) {
        tables.put("flyway_schema_history", rows(owner,
            "select installed_rank, version, description, checksum, success from flyway_schema_history order by installed_rank"));
      }
      owner.setAutoCommit(false);
      for (String tenant : Halland.TENANTS) {
        setTenant(owner, tenant);
        tables.put("coordination_group of " + tenant, rows(owner, "select * from coordination_group order by id"));
        tables.put("group_member of " + tenant, rows(owner, "select * from group_member order by id"));
      }
      owner.rollback();
    }
    return tables;
  }
}
