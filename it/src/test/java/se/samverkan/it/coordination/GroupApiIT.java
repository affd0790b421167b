package se.samverkan.it.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.groupPath;
import static se.samverkan.it.support.Coordination.groupsPath;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.VARBERG;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A municipality adds groups of its own beside its SSGB and SSGV and keeps their purpose, target
 * groups and status. Only its administrators and coordinators may; nobody else, and no other
 * municipality. Groups are made in Halmstad, whose group list no other test counts.
 */
@ExtendWith(ArquillianExtension.class)
public class GroupApiIT {

  private static final String HALMSTAD = "halmstad";

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
  }

  @Test
  void aCoordinatorAddsAGroupAndChangesIt() {
    String name = uniqueName("Arbetsgrupp");
    Api.Response created = api.post(coordinator(), groupsPath(HALMSTAD), Json.of(
        "name", name, "purpose", "Följer upp samordnade individuella planer",
        "targetGroups", targets("CHILDREN", "SUBSTANCE_USE")));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject group = created.object();
    long id = group.getJsonNumber("id").longValue();
    assertThat(created.location()).hasValueSatisfying(l -> assertThat(l).endsWith(groupPath(HALMSTAD, id)));
    assertThat(Json.text(group, "kind")).isEqualTo("OTHER");
    assertThat(Json.text(group, "status")).isEqualTo("ACTIVE");
    assertThat(group.getJsonArray("targetGroups").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString).containsExactly("CHILDREN", "SUBSTANCE_USE");
    long version = group.getJsonNumber("version").longValue();

    Api.Response closed = api.put(coordinator(), groupPath(HALMSTAD, id), Json.of(
        "name", name, "status", "CLOSED", "targetGroups", targets("CHILDREN"), "version", version));
    assertThat(closed.status()).as("%s", closed).isEqualTo(200);
    assertThat(Json.text(closed.object(), "status")).isEqualTo("CLOSED");

    Api.Response stale = api.put(coordinator(), groupPath(HALMSTAD, id), Json.of(
        "name", name + " igen", "version", version));
    assertThat(stale.status()).as("a change on the version read before the last change").isEqualTo(409);

    Api.Response read = api.get(tokens.of(Halland.member(HALMSTAD)), groupPath(HALMSTAD, id));
    assertThat(read.status()).isEqualTo(200);
    assertThat(Json.text(read.object(), "name")).isEqualTo(name);
    assertThat(Json.text(read.object(), "status")).isEqualTo("CLOSED");
  }

  @Test
  void onlyTheMunicipalitysAdministratorsAndCoordinatorsAddGroups() {
    assertThat(add(tokens.of(Halland.tenantAdmin(HALMSTAD))).status()).isEqualTo(201);
    assertThat(add(tokens.of(Halland.member(HALMSTAD))).status()).as("a member").isEqualTo(403);
    assertThat(add(tokens.of(Halland.coordinator(VARBERG))).status()).as("Varberg's coordinator").isEqualTo(403);
    assertThat(add(tokens.of(Halland.NSPH_OBSERVER)).status()).as("an observer").isEqualTo(403);
    assertThat(add(tokens.of(Halland.PLATFORM_ADMIN)).status()).as("the platform admin").isEqualTo(403);
  }

  @Test
  void anotherMunicipalityCannotChangeOrSeeTheGroup() {
    long id = add(coordinator()).object().getJsonNumber("id").longValue();
    String varberg = tokens.of(Halland.coordinator(VARBERG));

    assertThat(api.put(varberg, groupPath(HALMSTAD, id), Json.of("name", "Kapad", "version", 1)).status())
        .as("in Halmstad's space").isEqualTo(403);
    assertThat(api.put(varberg, groupPath(VARBERG, id), Json.of("name", "Kapad", "version", 1)).status())
        .as("Halmstad's group id in Varberg's own space").isEqualTo(404);
    assertThat(api.get(varberg, groupPath(VARBERG, id)).status()).isEqualTo(404);
    assertThat(Json.text(api.get(coordinator(), groupPath(HALMSTAD, id)).object(), "name")).isNotEqualTo("Kapad");
  }

  @Test
  void badInputNamesEveryFieldAndWritesNothing() {
    long before = total();

    Api.Response bad = api.post(coordinator(), groupsPath(HALMSTAD), Json.of(
        "name", "", "purpose", "x".repeat(2001), "status", "MAYBE"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(Json.objects(bad.object().getJsonArray("errors"))).extracting(e -> Json.text(e, "field"))
        .containsExactlyInAnyOrder("name", "purpose", "status");

    Api.Response unknownTarget = api.post(coordinator(), groupsPath(HALMSTAD), Json.of(
        "name", uniqueName("Grupp"), "targetGroups", targets("PETS")));
    assertThat(unknownTarget.status()).isEqualTo(400);
    assertThat(Json.objects(unknownTarget.object().getJsonArray("errors"))).extracting(e -> Json.text(e, "field"))
        .containsExactly("targetGroups");

    assertThat(total()).as("groups after refused input").isEqualTo(before);
  }

  private static jakarta.json.JsonArray targets(String... targetGroups) {
    return jakarta.json.Json.createArrayBuilder(List.of(targetGroups)).build();
  }

  private Api.Response add(String token) {
    return api.post(token, groupsPath(HALMSTAD), Json.of("name", uniqueName("Grupp")));
  }

  private long total() {
    return api.get(coordinator(), groupsPath(HALMSTAD)).object().getJsonNumber("total").longValue();
  }

  private String coordinator() {
    return tokens.of(Halland.coordinator(HALMSTAD));
  }
}
