package se.samverkan.it.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.analysis.Analyses.FALKENBERG;
import static se.samverkan.it.analysis.Analyses.LAHOLM;
import static se.samverkan.it.analysis.Analyses.analysesPath;
import static se.samverkan.it.analysis.Analyses.analysisPath;
import static se.samverkan.it.analysis.Analyses.body;
import static se.samverkan.it.analysis.Analyses.completionPath;
import static se.samverkan.it.analysis.Analyses.section;
import static se.samverkan.it.analysis.Analyses.typicalBody;
import static se.samverkan.it.analysis.Analyses.version;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Problems;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A group's local analysis of a year through the API: its leaders write, complete and reopen it;
 * whoever sees the group reads it; nobody else learns it exists. Each test makes its own group in
 * Laholm (or Falkenberg), so no year is shared with another test.
 */
@ExtendWith(ArquillianExtension.class)
public class AnalysisApiIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private Analyses analyses;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    analyses = new Analyses(api, tokens);
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void aLeaderWritesCompletesAndReopensTheAnalysis() {
    long group = analyses.newGroup(LAHOLM);
    String leader = coordinator(LAHOLM);
    assertProblem(api.get(leader, analysisPath(LAHOLM, group, 2026)), 404);

    Api.Response started = api.put(leader, analysisPath(LAHOLM, group, 2026), typicalBody(null));
    assertThat(started.status()).as("%s", started).isEqualTo(201);
    assertThat(started.location()).hasValueSatisfying(l -> assertThat(l).endsWith(analysisPath(LAHOLM, group, 2026)));
    JsonObject analysis = started.object();
    assertThat(Json.text(analysis, "status")).isEqualTo("DRAFT");
    assertThat(analysis.getInt("year")).isEqualTo(2026);
    assertThat(Json.objects(analysis.getJsonArray("sections"))).extracting(s -> Json.text(s, "targetGroup"))
        .containsExactly("CHILDREN", "SUBSTANCE_USE");

    // a second write: one section changed, one dropped (left empty)
    Api.Response changed = api.put(leader, analysisPath(LAHOLM, group, 2026), body(
        "Ny sammanfattning", version(started),
        section("SUBSTANCE_USE", "Ändrad nulägesbild"),
        Json.of("targetGroup", "CHILDREN", "currentPicture", " ")));
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    assertThat(version(changed)).isGreaterThan(version(started));

    Api.Response read = api.get(leader, analysisPath(LAHOLM, group, 2026));
    assertThat(read.status()).isEqualTo(200);
    assertThat(Json.text(read.object(), "summary")).isEqualTo("Ny sammanfattning");
    assertThat(Json.objects(read.object().getJsonArray("sections"))).singleElement()
        .satisfies(s -> assertThat(Json.text(s, "currentPicture")).isEqualTo("Ändrad nulägesbild"));

    Api.Response completed = api.post(leader, completionPath(LAHOLM, group, 2026, version(read)), (String) null);
    assertThat(completed.status()).as("%s", completed).isEqualTo(200);
    assertThat(Json.text(completed.object(), "status")).isEqualTo("COMPLETED");
    assertThat(Json.text(completed.object(), "completedAt")).isNotBlank();

    // completed: not changed until reopened
    Api.Response whileCompleted = api.put(leader, analysisPath(LAHOLM, group, 2026),
        typicalBody(version(completed)));
    assertProblem(whileCompleted, 409);

    Api.Response years = api.get(leader, analysesPath(LAHOLM, group));
    assertThat(years.status()).isEqualTo(200);
    assertThat(Json.objects(years.object().getJsonArray("items")))
        .extracting(y -> y.getInt("year") + " " + Json.text(y, "status"))
        .containsExactly("2026 COMPLETED");

    Api.Response reopened = api.delete(leader, completionPath(LAHOLM, group, 2026, version(completed)));
    assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
    assertThat(Json.text(reopened.object(), "status")).isEqualTo("DRAFT");
    assertThat(api.put(leader, analysisPath(LAHOLM, group, 2026), typicalBody(version(reopened))).status())
        .as("writing after reopening").isEqualTo(200);
  }

  @Test
  void theFollowUpReadsTheCompletedAnalysesOfAYearOnly() {
    long completedGroup = analyses.newGroup(LAHOLM);
    long draftGroup = analyses.newGroup(LAHOLM);
    String leader = coordinator(LAHOLM);
    Api.Response written = api.put(leader, analysisPath(LAHOLM, completedGroup, 2031), typicalBody(null));
    assertThat(api.post(leader, completionPath(LAHOLM, completedGroup, 2031, version(written)), (String) null).status())
        .isEqualTo(200);
    assertThat(api.put(leader, analysisPath(LAHOLM, draftGroup, 2031), typicalBody(null)).status()).isEqualTo(201);

    Api.Response completed = api.get(tokens.of(Halland.member(LAHOLM)), "/spaces/laholm/completed-analyses/2031");
    assertThat(completed.status()).as("%s", completed).isEqualTo(200);
    List<JsonObject> items = Json.objects(completed.array());
    assertThat(items).extracting(a -> a.getJsonNumber("groupId").longValue()).contains(completedGroup)
        .doesNotContain(draftGroup);
    assertThat(items).allSatisfy(a -> assertThat(Json.text(a, "status")).isEqualTo("COMPLETED"));

    Api.Response foreign = api.get(coordinator(FALKENBERG), "/spaces/falkenberg/completed-analyses/2031");
    assertThat(foreign.status()).isEqualTo(200);
    assertThat(Json.objects(foreign.array())).extracting(a -> a.getJsonNumber("groupId").longValue())
        .doesNotContain(completedGroup);
  }

  @Test
  void aMemberReadsTheAnalysisButCannotWriteIt() {
    long group = analyses.newGroup(LAHOLM);
    Api.Response written = api.put(coordinator(LAHOLM), analysisPath(LAHOLM, group, 2026), typicalBody(null));
    assertThat(written.status()).isEqualTo(201);
    String member = tokens.of(Halland.member(LAHOLM));

    SoftAssertions soft = new SoftAssertions();
    Api.Response read = api.get(member, analysisPath(LAHOLM, group, 2026));
    soft.assertThat(read.status()).as("%s", read).isEqualTo(200);
    soft.assertThat(api.get(member, analysesPath(LAHOLM, group)).status()).isEqualTo(200);
    soft.assertThat(api.put(member, analysisPath(LAHOLM, group, 2026), typicalBody(version(written))).status())
        .as("a member writing").isEqualTo(403);
    soft.assertThat(api.put(member, analysisPath(LAHOLM, group, 2027), typicalBody(null)).status())
        .as("a member starting another year").isEqualTo(403);
    soft.assertThat(api.post(member, completionPath(LAHOLM, group, 2026, version(written)), (String) null).status())
        .as("a member completing").isEqualTo(403);
    soft.assertAll();
    assertThat(version(api.get(coordinator(LAHOLM), analysisPath(LAHOLM, group, 2026))))
        .as("unchanged").isEqualTo(version(written));
    assertProblem(api.get(coordinator(LAHOLM), analysisPath(LAHOLM, group, 2027)), 404);
  }

  @Test
  void anotherMunicipalitysCoordinatorNeitherReadsNorWritesIt() {
    long group = analyses.newGroup(LAHOLM);
    Api.Response written = api.put(coordinator(LAHOLM), analysisPath(LAHOLM, group, 2026), typicalBody(null));
    assertThat(written.status()).isEqualTo(201);
    String falkenberg = coordinator(FALKENBERG);

    SoftAssertions soft = new SoftAssertions();
    // in Laholm's space: refused at the door
    for (Api.Response response : List.of(
        api.get(falkenberg, analysisPath(LAHOLM, group, 2026)),
        api.get(falkenberg, analysesPath(LAHOLM, group)),
        api.put(falkenberg, analysisPath(LAHOLM, group, 2026), typicalBody(version(written))),
        api.post(falkenberg, completionPath(LAHOLM, group, 2026, version(written)), (String) null))) {
      Problems.softAssertStatus(soft, response, 403);
    }
    // Laholm's group id in Falkenberg's own space: no such group
    for (Api.Response response : List.of(
        api.get(falkenberg, analysisPath(FALKENBERG, group, 2026)),
        api.get(falkenberg, analysesPath(FALKENBERG, group)),
        api.put(falkenberg, analysisPath(FALKENBERG, group, 2026), typicalBody(version(written))),
        api.put(falkenberg, analysisPath(FALKENBERG, group, 2028), typicalBody(null)),
        api.post(falkenberg, completionPath(FALKENBERG, group, 2026, version(written)), (String) null),
        api.delete(falkenberg, completionPath(FALKENBERG, group, 2026, version(written))))) {
      Problems.softAssertStatus(soft, response, 404);
    }
    soft.assertAll();
    Api.Response after = api.get(coordinator(LAHOLM), analysisPath(LAHOLM, group, 2026));
    assertThat(version(after)).as("Laholm's analysis after Falkenberg's attempts").isEqualTo(version(written));
    assertThat(Json.text(after.object(), "status")).isEqualTo("DRAFT");
    assertProblem(api.get(coordinator(LAHOLM), analysisPath(LAHOLM, group, 2028)), 404);
  }

  @Test
  void anObserverSeatedInTheGroupReadsItButNeverWrites() {
    long group = analyses.newGroup(LAHOLM);
    long otherGroup = analyses.newGroup(LAHOLM);
    String leader = coordinator(LAHOLM);
    Api.Response written = api.put(leader, analysisPath(LAHOLM, group, 2026), typicalBody(null));
    assertThat(api.put(leader, analysisPath(LAHOLM, otherGroup, 2026), typicalBody(null)).status()).isEqualTo(201);
    String observerName = "brukarradet-halland-observer";
    // seated as the group's coordinator: still an observer, who never writes
    coordination.add(LAHOLM, group, Json.with(Json.with(
        Coordination.memberBody(Coordination.uniqueName("Brukarföreträdare"), "brukarradet-halland"),
        "email", observerName + "@example.org"), "role", "COORDINATOR"));
    String observer = tokens.of(observerName);

    Api.Response read = api.get(observer, analysisPath(LAHOLM, group, 2026));
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(Json.text(read.object(), "summary")).isNotBlank();
    SoftAssertions soft = new SoftAssertions();
    Problems.softAssertStatus(soft, api.get(observer, analysisPath(LAHOLM, otherGroup, 2026)), 404);
    Problems.softAssertStatus(soft,
        api.put(observer, analysisPath(LAHOLM, group, 2026), typicalBody(version(written))), 403);
    Problems.softAssertStatus(soft,
        api.post(observer, completionPath(LAHOLM, group, 2026, version(written)), (String) null), 403);
    soft.assertAll();
  }

  @Test
  void aStaleVersionIsRefusedWith409() {
    long group = analyses.newGroup(FALKENBERG);
    String leader = coordinator(FALKENBERG);
    String admin = tokens.of(Halland.tenantAdmin(FALKENBERG));
    Api.Response started = api.put(leader, analysisPath(FALKENBERG, group, 2026), typicalBody(null));
    assertThat(started.status()).isEqualTo(201);

    // starting a year that is already started
    assertProblem(api.put(admin, analysisPath(FALKENBERG, group, 2026), typicalBody(null)), 409);

    Api.Response first = api.put(admin, analysisPath(FALKENBERG, group, 2026),
        body("Administratörens version", version(started), section("CHILDREN", "Bild")));
    assertThat(first.status()).as("%s", first).isEqualTo(200);
    Api.Response second = api.put(leader, analysisPath(FALKENBERG, group, 2026),
        body("Samordnarens version", version(started), section("CHILDREN", "Annan bild")));
    assertProblem(second, 409);
    assertProblem(api.post(leader, completionPath(FALKENBERG, group, 2026, version(started)), (String) null), 409);

    Api.Response read = api.get(leader, analysisPath(FALKENBERG, group, 2026));
    assertThat(Json.text(read.object(), "summary")).isEqualTo("Administratörens version");
    assertThat(Json.text(read.object(), "status")).isEqualTo("DRAFT");
  }

  @Test
  void badInputNamesTheFieldAndWritesNothing() {
    long group = analyses.newGroup(LAHOLM);
    String leader = coordinator(LAHOLM);
    Api.Response started = api.put(leader, analysisPath(LAHOLM, group, 2026), typicalBody(null));
    long version = version(started);

    SoftAssertions soft = new SoftAssertions();
    expectFields(soft, api.put(leader, analysisPath(LAHOLM, group, 2026),
        body("x".repeat(4001), version, section("CHILDREN", "y".repeat(4001)))),
        "sections[0].currentPicture", "summary");
    expectFields(soft, api.put(leader, analysisPath(LAHOLM, group, 1999), typicalBody(null)), "year");
    expectFields(soft, api.put(leader, analysisPath(LAHOLM, group, 2101), typicalBody(null)), "year");
    expectFields(soft, api.get(leader, analysisPath(LAHOLM, group, "last-year")), "year");
    // a personal identity number in a text, with and without century
    expectFields(soft, api.put(leader, analysisPath(LAHOLM, group, 2026), body("Sammanfattning", version,
            section("CHILDREN", "Nulägesbild"),
            Json.with(section("SUBSTANCE_USE", "Nulägesbild"), "gapsAndRisks", "Gäller 19121212-1212 särskilt"))),
        "sections[1].gapsAndRisks");
    expectFields(soft, api.put(leader, analysisPath(LAHOLM, group, 2026),
        body("Barnet 121212-1212 väntar", version)), "summary");
    // target groups: unknown, not served by the group, twice
    expectFields(soft, api.put(leader, analysisPath(LAHOLM, group, 2026),
        body("S", version, section("PETS", "Bild"))), "sections[0].targetGroup");
    expectFields(soft, api.put(leader, analysisPath(LAHOLM, group, 2026),
        body("S", version, section("MENTAL_DISABILITY", "Bild"))), "sections[0].targetGroup");
    expectFields(soft, api.put(leader, analysisPath(LAHOLM, group, 2026),
        body("S", version, section("CHILDREN", "Bild"), section("CHILDREN", "Igen"))), "sections[1].targetGroup");
    expectFields(soft, api.post(leader, analysisPath(LAHOLM, group, 2026) + "/completion", (String) null), "version");
    soft.assertAll();

    Api.Response after = api.get(leader, analysisPath(LAHOLM, group, 2026));
    assertThat(version(after)).as("the analysis after refused input").isEqualTo(version);
    assertThat(after.body()).doesNotContain("1212-1212");
    assertProblem(api.get(leader, analysisPath(LAHOLM, group, 2101)), 400);

    // completing without a summary is refused beside the summary
    Api.Response noSummary = api.put(leader, analysisPath(LAHOLM, group, 2026),
        body(" ", version, section("CHILDREN", "Bild")));
    assertThat(noSummary.status()).isEqualTo(200);
    Api.Response refused = api.post(leader, completionPath(LAHOLM, group, 2026, version(noSummary)), (String) null);
    assertThat(fields(assertProblem(refused, 400))).containsExactly("summary");
  }

  private static void expectFields(SoftAssertions soft, Api.Response response, String... fields) {
    soft.assertThat(response.status()).as("status of %s", response).isEqualTo(400);
    if (response.status() == 400) {
      soft.assertThat(fields(Problems.assertProblemBody(response))).as("fields of %s", response)
          .containsExactlyInAnyOrder(fields);
    }
  }

  private String coordinator(String space) {
    return tokens.of(Halland.coordinator(space));
  }
}
