package se.samverkan.it.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.agreement.Agreements.decision;
import static se.samverkan.it.agreement.Agreements.id;
import static se.samverkan.it.agreement.Agreements.lock;
import static se.samverkan.it.agreement.Agreements.path;
import static se.samverkan.it.agreement.Agreements.version;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The agreements' life cycle through the API against the real stack: the region's secretariat
 * drafts, consults and sends to the councils; every party records its own decision; the version
 * comes into force; a new version starts as a copy and the change log compares them. Every test
 * makes its own agreement (a unique title), so none depends on another or on the demo data.
 */
@ExtendWith(ArquillianExtension.class)
public class AgreementApiIT {

  private static final String FALKENBERG = "falkenberg";
  private static final String HYLTE = "hylte";

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return se.samverkan.it.support.Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Agreements agreements;
  private Coordination coordination;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    agreements = new Agreements(api, tokens);
    coordination = new Coordination(api, tokens);
  }

  @Test
  void theWholeLifeCycleFromDraftToANewVersion() {
    String title = uniqueName("Överenskommelse om samordnade insatser");
    long id = agreements.create(title);
    JsonObject background = agreements.addSection(id, 1, "Bakgrund", "Parterna samverkar kring barn och unga.");
    JsonObject purpose = agreements.addSection(id, 1, "Syfte", "Stärka det lokala samarbetet.");
    agreements.addSection(id, 1, "Tvister", "Tvister löses i linjen.");
    String v1 = version(REGION, id, 1);
    assertThat(api.post(agreements.secretariat(), v1 + "/responsibilities", Json.of("targetGroup", "Barn",
        "regionPart", "Barn- och ungdomspsykiatri", "municipalityPart", "Socialtjänstens stöd")).status()).isEqualTo(201);
    assertThat(api.post(agreements.secretariat(), v1 + "/terms", Json.of("term", "SIP",
        "meaning", "Samordnad individuell plan")).status()).isEqualTo(201);
    assertThat(api.post(agreements.secretariat(), v1 + "/documents", Json.of("title", "Trygg utskrivning",
        "url", "https://example.org/utskrivning")).status()).isEqualTo(201);

    // a draft is the region's editors' only
    assertThat(api.get(tokens.of(Halland.tenantAdmin(VARBERG)), path(VARBERG, id)).status()).isEqualTo(404);
    assertThat(api.get(tokens.of(Halland.tenantAdmin(VARBERG)), path(VARBERG)).array().toString()).doesNotContain(title);
    assertThat(api.get(tokens.of(Halland.REGION_EMPLOYEE), path(REGION, id)).status()).as("region member").isEqualTo(404);

    // consultation to Varberg and Falkenberg
    agreements.consult(id, 1, LocalDate.now().plusDays(14), List.of(VARBERG, FALKENBERG));
    JsonObject read = api.get(tokens.of(Halland.member(VARBERG)), version(VARBERG, id, 1)).object();
    assertThat(read.getJsonObject("version").getString("status")).isEqualTo("CONSULTATION");
    assertThat(read.getJsonArray("sections")).hasSize(3);
    assertThat(read.getJsonArray("responsibilities")).hasSize(1);

    // Varberg drafts its answer: Falkenberg does not see it until it is submitted
    String varberg = tokens.of(Halland.tenantAdmin(VARBERG));
    Api.Response draft = api.put(varberg, version(VARBERG, id, 1) + "/answer", Json.of("body", "Utkast från Varberg"));
    assertThat(draft.status()).as("%s", draft).isEqualTo(200);
    assertThat(draft.object().getString("status")).isEqualTo("DRAFT");
    String falkenberg = tokens.of(Halland.tenantAdmin(FALKENBERG));
    assertThat(api.get(falkenberg, version(FALKENBERG, id, 1)).body()).doesNotContain("Utkast från Varberg");
    assertThat(agreements.read(id, 1).getJsonArray("answers")).isEmpty();
    Api.Response submitted = api.put(varberg, version(VARBERG, id, 1) + "/answer",
        Json.of("body", "Varberg tillstyrker förslaget.", "submit", true, "version", lock(draft.object())));
    assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
    JsonObject asFalkenberg = api.get(falkenberg, version(FALKENBERG, id, 1)).object();
    assertThat(asFalkenberg.getJsonArray("answers").toString()).contains("Varberg tillstyrker förslaget.");
    assertThat(asFalkenberg.getJsonArray("recipients").toString()).contains("\"answered\":true");
    // a submitted answer is frozen
    assertProblem(api.put(varberg, version(VARBERG, id, 1) + "/answer",
        Json.of("body", "Ändrat", "version", lock(submitted.object()))), 409);

    // illegal moves are 409 with a reason
    assertThat(assertProblem(api.post(agreements.secretariat(), path(REGION, id) + "/versions", "{}"), 409)
        .getString("detail")).contains("CONSULTATION");
    assertProblem(api.post(agreements.secretariat(), v1 + "/consultation",
        Agreements.consultation(LocalDate.now().plusDays(3), List.of(VARBERG), agreements.versionLock(id, 1))), 409);
    assertProblem(api.put(agreements.secretariat(), v1 + "/sections/" + id(purpose),
        Json.of("heading", "Syfte", "body", "Ändrat under remissen", "version", lock(purpose))), 409);
    assertProblem(api.put(varberg, version(VARBERG, id, 1) + "/decision",
        decision("Kommunfullmäktige", LocalDate.now(), "KS 2026/1")), 409);

    agreements.toDecision(id, 1);
    assertProblem(api.post(agreements.secretariat(), v1 + "/decision-stage",
        Json.of("version", agreements.versionLock(id, 1))), 409);
    assertProblem(api.put(varberg, version(VARBERG, id, 1) + "/answer", Json.of("body", "För sent")), 409);

    // every party decides in its own space; the version shows who has adopted it
    api.put(varberg, version(VARBERG, id, 1) + "/decision", decision("Kommunfullmäktige", LocalDate.now(), "KS 2026/1"));
    Map<String, Boolean> adopted = agreements.read(id, 1).getJsonArray("adoption").getValuesAs(JsonObject.class)
        .stream().collect(Collectors.toMap(a -> a.getString("party"), a -> a.getBoolean("adopted")));
    assertThat(adopted).containsEntry(VARBERG, true).containsEntry(FALKENBERG, false).hasSize(7);
    assertThat(agreements.read(id, 1).getJsonObject("version").getString("status")).isEqualTo("DECISION");
    agreements.everyPartyDecides(id, 1, List.of(VARBERG));
    assertThat(agreements.read(id, 1).getJsonObject("version").getString("status")).isEqualTo("IN_FORCE");
    assertThat(api.get(tokens.of(Halland.member("hylte")), version("hylte", id, 1)).object()
        .getJsonObject("version").getString("status")).isEqualTo("IN_FORCE");

    // a new version starts as a copy of the one in force
    Api.Response next = api.post(agreements.secretariat(), path(REGION, id) + "/versions", "{}");
    assertThat(next.status()).as("%s", next).isEqualTo(201);
    assertThat(next.location()).hasValueSatisfying(l -> assertThat(l).endsWith(version(REGION, id, 2)));
    JsonObject v2 = agreements.read(id, 2);
    assertThat(v2.getJsonObject("version").getString("status")).isEqualTo("DRAFT");
    assertThat(v2.getJsonArray("sections")).hasSize(3);
    assertThat(v2.getJsonArray("responsibilities")).hasSize(1);
    assertThat(v2.getJsonArray("terms")).hasSize(1);
    assertThat(v2.getJsonArray("documents")).hasSize(1);
    assertProblem(api.post(agreements.secretariat(), path(REGION, id) + "/versions", "{}"), 409);
    // the parties still read version 1 in force, and never the new draft
    assertThat(api.get(varberg, version(VARBERG, id, 2)).status()).isEqualTo(404);

    // edit the draft: change one section, remove one, add one; the change log tells each
    List<JsonObject> sections = v2.getJsonArray("sections").getValuesAs(JsonObject.class);
    JsonObject purpose2 = sections.get(1);
    JsonObject disputes2 = sections.get(2);
    assertThat(api.put(agreements.secretariat(), version(REGION, id, 2) + "/sections/" + id(purpose2),
        Json.of("heading", "Syfte och mål", "body", "Stärka det lokala och regionala samarbetet.",
            "version", lock(purpose2))).status()).isEqualTo(200);
    assertThat(api.delete(agreements.secretariat(), version(REGION, id, 2) + "/sections/" + id(disputes2)
        + "?version=" + lock(disputes2)).status()).isEqualTo(204);
    agreements.addSection(id, 2, "Avvikelser", "Avvikelser följs upp lokalt.");
    assertThat(api.put(agreements.secretariat(), version(REGION, id, 2), Json.of(
        "validFrom", LocalDate.now().plusYears(1).toString(), "validTo", LocalDate.now().plusYears(5).toString(),
        "changeSummary", "Syftet förtydligat, tvister flyttade till egen rutin.",
        "version", agreements.versionLock(id, 2))).status()).isEqualTo(200);

    Api.Response compared = api.get(agreements.secretariat(), path(REGION, id) + "/compare?from=1&to=2");
    assertThat(compared.status()).as("%s", compared).isEqualTo(200);
    List<JsonObject> changes = compared.object().getJsonArray("changes").getValuesAs(JsonObject.class);
    assertThat(changes).extracting(c -> c.getString("kind"))
        .containsExactly("UNCHANGED", "CHANGED", "REMOVED", "ADDED");
    assertThat(changes.get(1).getJsonArray("body").toString())
        .contains("{\"kind\":\"ADDED\",\"text\":\"och regionala \"}");
    assertThat(compared.object().getJsonObject("to").getString("changeSummary")).startsWith("Syftet förtydligat");
    assertThat(background.getString("html")).isEqualTo("<p>Parterna samverkar kring barn och unga.</p>");

    // reading for the whole area: search (Swedish stemming) and PDF
    Api.Response found = api.get(tokens.of(Halland.member(VARBERG)), path(VARBERG) + "/search?q=samarbetet");
    assertThat(found.status()).as("%s", found).isEqualTo(200);
    assertThat(found.array().getValuesAs(JsonObject.class))
        .anySatisfy(hit -> {
          assertThat(hit.getJsonNumber("agreementId").longValue()).isEqualTo(id);
          assertThat(hit.getInt("number")).isEqualTo(1);
        })
        .noneSatisfy(hit -> assertThat(hit.getInt("number") == 2 && hit.getJsonNumber("agreementId").longValue() == id)
            .as("the draft is not searchable by a party").isTrue());
    Api.Response pdf = api.getAccepting(tokens.of(Halland.member(VARBERG)), version(VARBERG, id, 1) + "/pdf",
        "application/pdf");
    assertThat(pdf.status()).as("%s", pdf).isEqualTo(200);
    assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
  }

  @Test
  void twoEditorsSavingTheSameSectionGetAConflictNotALostUpdate() {
    long id = agreements.create(uniqueName("Samtidiga ändringar"));
    JsonObject section = agreements.addSection(id, 1, "Syfte", "Första lydelsen.");
    JsonObject other = agreements.addSection(id, 1, "Parter", "Regionen och kommunerna.");
    String path = version(REGION, id, 1) + "/sections/";

    Api.Response first = api.put(agreements.secretariat(), path + id(section),
        Json.of("heading", "Syfte", "body", "Sekretariatets lydelse.", "version", lock(section)));
    assertThat(first.status()).as("%s", first).isEqualTo(200);
    Api.Response second = api.put(tokens.of(Agreements.RUG), path + id(section),
        Json.of("heading", "Syfte", "body", "RUG:s lydelse.", "version", lock(section)));
    assertProblem(second, 409);
    // another section is not in the way
    assertThat(api.put(tokens.of(Agreements.RUG), path + id(other),
        Json.of("heading", "Parter", "body", "Region Halland och sex kommuner.", "version", lock(other))).status())
        .isEqualTo(200);
    assertThat(agreements.read(id, 1).getJsonArray("sections").getJsonObject(0).getString("body"))
        .isEqualTo("Sekretariatets lydelse.");
    assertProblem(api.put(agreements.secretariat(), version(REGION, id, 1), Json.of(
        "validFrom", "2026-01-01", "validTo", "2027-01-01", "version", agreements.versionLock(id, 1) + 5)), 409);
  }

  @Test
  void aPartyRecordsOnlyItsOwnDecisionAndAnswerAndMembersNeither() {
    long id = agreements.create(uniqueName("Egna beslut"));
    agreements.addSection(id, 1, "Syfte", "Samverkan.");
    agreements.consult(id, 1, LocalDate.now().plusDays(10), List.of(VARBERG));
    String varberg = tokens.of(Halland.tenantAdmin(VARBERG));

    // Varberg in Falkenberg's space: not admitted
    assertProblem(api.put(varberg, version(FALKENBERG, id, 1) + "/answer", Json.of("body", "I Falkenbergs namn")), 403);
    // Falkenberg was not asked
    assertProblem(api.put(tokens.of(Halland.tenantAdmin(FALKENBERG)), version(FALKENBERG, id, 1) + "/answer",
        Json.of("body", "Oombett svar")), 403);
    // a member speaks for nobody
    assertProblem(api.put(tokens.of(Halland.member(VARBERG)), version(VARBERG, id, 1) + "/answer",
        Json.of("body", "Medlemmens svar")), 403);
    // a municipality edits nothing of the region's
    assertProblem(api.post(varberg, version(VARBERG, id, 1) + "/sections", Json.of("heading", "Kapat", "body", "x")), 403);
    assertProblem(api.post(varberg, path(VARBERG), Json.of("title", "Egen", "validFrom", "2026-01-01",
        "validTo", "2027-01-01")), 403);

    agreements.toDecision(id, 1);
    assertProblem(api.put(varberg, version(FALKENBERG, id, 1) + "/decision",
        decision("Kommunfullmäktige", LocalDate.now(), "KF 1")), 403);
    assertProblem(api.put(tokens.of(Halland.member(VARBERG)), version(VARBERG, id, 1) + "/decision",
        decision("Kommunfullmäktige", LocalDate.now(), "KF 1")), 403);
    Api.Response own = api.put(varberg, version(VARBERG, id, 1) + "/decision",
        decision("Kommunfullmäktige", LocalDate.now(), "KF 2026/12"));
    assertThat(own.status()).as("%s", own).isEqualTo(200);
    // changing it needs the version read; a stale one is 409
    assertProblem(api.put(varberg, version(VARBERG, id, 1) + "/decision",
        Json.with(decision("Kommunstyrelsen", LocalDate.now(), "KS 1"), "version", 99)), 409);
    JsonObject adoption = agreements.read(id, 1).getJsonArray("adoption").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("party").equals(VARBERG)).findFirst().orElseThrow();
    assertThat(adoption.getString("reference")).isEqualTo("KF 2026/12");
    // an unknown agreement or version is 404, never 500
    assertProblem(api.get(varberg, path(VARBERG, Long.MAX_VALUE)), 404);
    assertProblem(api.get(varberg, version(VARBERG, id, 9)), 404);
  }

  @Test
  void badInputNamesTheField() {
    JsonObject problem = assertProblem(api.post(agreements.secretariat(), path(REGION),
        Json.of("title", "Datumfel", "validFrom", "1 juli", "validTo", "2027-01-01")), 400);
    assertThat(fields(problem)).contains("validFrom");
    problem = assertProblem(api.post(agreements.secretariat(), path(REGION),
        Json.of("title", "Omvänt", "validFrom", "2027-01-01", "validTo", "2026-01-01")), 400);
    assertThat(fields(problem)).contains("validTo");
    long id = agreements.create(uniqueName("Fel i remiss"));
    problem = assertProblem(api.post(agreements.secretariat(), version(REGION, id, 1) + "/consultation",
        Agreements.consultation(LocalDate.now().plusDays(5), List.of("okänd-part"), agreements.versionLock(id, 1))),
        400);
    assertThat(fields(problem)).contains("recipients");
    problem = assertProblem(api.post(agreements.secretariat(), version(REGION, id, 1) + "/sections",
        Json.of("heading", " ", "body", "text")), 400);
    assertThat(fields(problem)).contains("heading");
    assertThat(agreements.read(id, 1).getJsonArray("sections")).as("nothing half-written").isEmpty();
  }

  @Test
  void aStoredScriptRendersInert() {
    long id = agreements.create(uniqueName("Skript"));
    JsonObject section = agreements.addSection(id, 1, "<script>alert('rubrik')</script>",
        "Text <script>alert('x')</script> och <img src=x onerror=alert(1)> **fet**");
    String html = section.getString("html");
    assertThat(html).doesNotContain("<script", "<img")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "<strong>fet</strong>");
    assertThat(agreements.read(id, 1).getJsonArray("sections").getJsonObject(0).getString("html")).isEqualTo(html);
  }

  @Test
  void anObserverReadsAndAnswersForItsOrganisationButEditsNothing() {
    long id = agreements.create(uniqueName("Brukarnas remiss"));
    agreements.addSection(id, 1, "Syfte", "Brukarna ska vara delaktiga.");
    agreements.consult(id, 1, LocalDate.now().plusDays(10), List.of(VARBERG, "nsph-halland"));
    String observer = tokens.of(Halland.NSPH_OBSERVER);
    assertThat(api.get(observer, version(HYLTE, id, 1)).status()).as("without a seat").isEqualTo(403);

    long group = coordination.groupId(HYLTE, Halland.SSGV);
    coordination.add(HYLTE, group, Json.with(Coordination.memberBody(uniqueName("Brukarföreträdare"), "nsph-halland"),
        "email", Halland.NSPH_OBSERVER + "@example.org"));

    Api.Response read = api.get(observer, version(HYLTE, id, 1));
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.object().getJsonArray("sections")).hasSize(1);
    Api.Response answer = api.put(observer, version(HYLTE, id, 1) + "/answer",
        Json.of("body", "NSPH vill se brukarrevision i uppföljningen.", "submit", true));
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.object().getString("respondent")).isEqualTo("nsph-halland");
    assertThat(answer.object().getString("kind")).isEqualTo("ORGANISATION");
    assertThat(answer.object().getString("status")).isEqualTo("SUBMITTED");
    assertThat(agreements.read(id, 1).getJsonArray("answers").toString()).contains("brukarrevision");

    assertProblem(api.post(observer, version(HYLTE, id, 1) + "/sections", Json.of("heading", "Nytt", "body", "x")), 403);
    assertProblem(api.post(observer, path(HYLTE), Json.of("title", "Egen", "validFrom", "2026-01-01",
        "validTo", "2027-01-01")), 403);
    agreements.toDecision(id, 1);
    assertProblem(api.put(observer, version(HYLTE, id, 1) + "/decision",
        decision("Styrelsen", LocalDate.now(), "NSPH 1")), 403);
  }

  @AfterEach
  void cleanUp() {
    coordination.cleanUp();
  }

  /** Measures (prints, not asserted) the compare view of two 40-section versions through the API. */
  @Test
  void comparingTwoFortySectionVersions() {
    String[] sections = new String[80];
    for (int i = 0; i < 40; i++) {
      sections[2 * i] = "Avsnitt " + (i + 1);
      sections[2 * i + 1] = ("Parterna ansvarar gemensamt för att samordna insatser för målgruppen, följa upp"
          + " avvikelser och rapportera till samordningsgruppen. ").repeat(12) + "Stycke " + i + ".";
    }
    long id = agreements.inForce(uniqueName("Fyrtio avsnitt"), sections);
    assertThat(api.post(agreements.secretariat(), path(REGION, id) + "/versions", "{}").status()).isEqualTo(201);
    List<JsonObject> copied = agreements.read(id, 2).getJsonArray("sections").getValuesAs(JsonObject.class);
    for (int i = 0; i < copied.size(); i += 2) {
      JsonObject s = copied.get(i);
      assertThat(api.put(agreements.secretariat(), version(REGION, id, 2) + "/sections/" + id(s),
          Json.of("heading", s.getString("heading"), "body", s.getString("body").replace("följa upp", "analysera"),
              "version", lock(s))).status()).isEqualTo(200);
    }
    String compare = path(REGION, id) + "/compare?from=1&to=2";
    api.get(agreements.secretariat(), compare);
    long started = System.nanoTime();
    Api.Response compared = api.get(agreements.secretariat(), compare);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(compared.status()).isEqualTo(200);
    assertThat(compared.object().getJsonArray("changes")).hasSize(40);
    System.out.printf("compare of two 40-section versions through the API: %d ms, %d bytes%n", millis,
        compared.body().length());
  }
}
