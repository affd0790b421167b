package se.samverkan.it.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.assignment.Assignments.FALKENBERG;
import static se.samverkan.it.assignment.Assignments.HYLTE;
import static se.samverkan.it.assignment.Assignments.LAHOLM;
import static se.samverkan.it.assignment.Assignments.id;
import static se.samverkan.it.assignment.Assignments.path;
import static se.samverkan.it.assignment.Assignments.reportPath;
import static se.samverkan.it.assignment.Assignments.reportsPath;
import static se.samverkan.it.assignment.Assignments.toGroups;
import static se.samverkan.it.assignment.Assignments.toKind;
import static se.samverkan.it.assignment.Assignments.version;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;
import static se.samverkan.it.support.Halland.VARBERG;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
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
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * RUG gives development assignments in the region's space; the groups they are addressed to see
 * them, write and submit reports in their own space; RUG sees only what was submitted. Data is
 * made for Falkenberg, Laholm and Hylte only.
 */
@ExtendWith(ArquillianExtension.class)
public class AssignmentApiIT {

  private static final LocalDate DUE = LocalDate.now().plusMonths(6);

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Assignments assignments;
  private Coordination coordination;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    assignments = new Assignments(api, tokens);
    coordination = new Coordination(api, tokens);
  }

  @AfterEach
  void cleanUp() {
    coordination.cleanUp();
  }

  @Test
  void anAssignmentToAllSsgbReachesEverySsgbAndNoSsgv() {
    Api.Response created = api.post(assignments.rug(), path(REGION),
        toKind(uniqueName("Stärk barnens delaktighet i SIP"), SSGB, DUE));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    long id = id(created.object());
    assertThat(created.location()).hasValueSatisfying(l -> assertThat(l).endsWith(path(REGION, id)));
    assertThat(Json.text(created.object(), "targetKind")).isEqualTo(SSGB);
    assertThat(Json.objects(created.object().getJsonArray("groups")))
        .as("the groups RUG sees it given to")
        .extracting(g -> Json.text(g, "kind")).containsOnly(SSGB)
        .hasSizeGreaterThanOrEqualTo(Halland.MUNICIPALITIES.size());
    assertThat(assignments.listed(assignments.rug(), REGION)).contains(id);

    for (String municipality : List.of(FALKENBERG, VARBERG, LAHOLM)) {
      String coordinator = assignments.coordinator(municipality);
      assertThat(assignments.listed(coordinator, municipality)).as("listed in %s", municipality).contains(id);
      Api.Response read = api.get(coordinator, path(municipality, id));
      assertThat(read.status()).as("%s", read).isEqualTo(200);
      assertThat(Json.objects(read.object().getJsonArray("groups")))
          .as("%s's groups it is given to", municipality)
          .extracting(g -> Json.text(g, "name"))
          .containsExactly(Halland.groupName(SSGB, municipality));
    }

    long falkenbergSsgv = assignments.groupId(FALKENBERG, SSGV);
    assertThat(api.get(assignments.coordinator(FALKENBERG), reportsPath(FALKENBERG, id, falkenbergSsgv)).status())
        .as("the SSGV's reports on an assignment to the SSGB").isEqualTo(404);
    assertThat(api.post(assignments.coordinator(FALKENBERG), reportsPath(FALKENBERG, id, falkenbergSsgv),
            Json.of("kind", "PROGRESS", "body", "Fel grupp")).status())
        .as("the SSGV reporting on an assignment to the SSGB").isEqualTo(404);
  }

  @Test
  void anAssignmentToChosenGroupsReachesThoseOnly() {
    long hylteSsgv = assignments.groupId(HYLTE, SSGV);
    long laholmSsgb = assignments.groupId(LAHOLM, SSGB);
    JsonObject assignment = assignments.give(toGroups(uniqueName("Kartlägg boendestöd"), DUE, hylteSsgv, laholmSsgb));
    long id = id(assignment);
    assertThat(Json.text(assignment, "targetKind")).as("chosen groups: no kind").isNull();
    assertThat(Json.objects(assignment.getJsonArray("groups")))
        .extracting(g -> g.getJsonNumber("id").longValue(), g -> Json.text(g, "party"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(hylteSsgv, HYLTE), org.assertj.core.groups.Tuple.tuple(laholmSsgb, LAHOLM));

    Api.Response hylte = api.get(assignments.coordinator(HYLTE), path(HYLTE, id));
    assertThat(hylte.status()).isEqualTo(200);
    assertThat(Json.objects(hylte.object().getJsonArray("groups"))).extracting(g -> g.getJsonNumber("id").longValue())
        .containsExactly(hylteSsgv);
    assertThat(assignments.listed(assignments.coordinator(LAHOLM), LAHOLM)).contains(id);

    String falkenberg = assignments.coordinator(FALKENBERG);
    assertThat(assignments.listed(falkenberg, FALKENBERG)).doesNotContain(id);
    assertProblem(api.get(falkenberg, path(FALKENBERG, id)), 404);

    // a group that is not the area's, and neither a kind nor groups
    Api.Response unknown = api.post(assignments.rug(), path(REGION), toGroups("Okänd grupp", DUE, 987654321L));
    assertThat(fields(assertProblem(unknown, 400))).containsExactly("groupIds");
    Api.Response nobody = api.post(assignments.rug(), path(REGION), toGroups("Ingen mottagare", DUE));
    assertThat(fields(assertProblem(nobody, 400))).containsExactly("groupIds");
  }

  @Test
  void rugCannotReadAGroupsUnsubmittedReportButReadsItOnceSubmitted() {
    long hylteSsgv = assignments.groupId(HYLTE, SSGV);
    long id = id(assignments.give(toKind(uniqueName("Följ upp samordnad vårdplanering"), SSGV, DUE)));
    String text = uniqueName("Vi har kartlagt rutinerna för SIP");
    JsonObject draft = assignments.draft(HYLTE, id, hylteSsgv, "PROGRESS", text);
    assertThat(Json.text(draft, "status")).isEqualTo("DRAFT");

    // the draft is the group's own: RUG finds it neither in its overview nor anywhere it may ask
    assertThat(assignments.submitted(id)).extracting(r -> Json.text(r, "body")).doesNotContain(text);
    assertThat(Json.text(assignments.overviewRow(id, hylteSsgv), "status")).isEqualTo("NOT_STARTED");
    assertProblem(api.get(assignments.rug(), reportsPath(REGION, id, hylteSsgv)), 404);
    assertProblem(api.get(assignments.rug(), reportPath(REGION, id, hylteSsgv, id(draft))), 404);
    assertProblem(api.get(assignments.rug(), reportsPath(HYLTE, id, hylteSsgv)), 403);

    JsonObject submitted = assignments.submit(HYLTE, id, hylteSsgv, draft);
    assertThat(Json.text(submitted, "status")).isEqualTo("SUBMITTED");
    assertThat(Json.text(submitted, "submittedAt")).isNotBlank();
    List<JsonObject> snapshots = assignments.submitted(id);
    assertThat(snapshots).filteredOn(r -> text.equals(Json.text(r, "body"))).singleElement()
        .satisfies(r -> {
          assertThat(Json.text(r, "party")).isEqualTo(HYLTE);
          assertThat(Json.text(r, "groupName")).isEqualTo(Halland.groupName(SSGV, HYLTE));
          assertThat(Json.text(r, "kind")).isEqualTo("PROGRESS");
        });
    JsonObject row = assignments.overviewRow(id, hylteSsgv);
    assertThat(Json.text(row, "status")).isEqualTo("IN_PROGRESS");
    assertThat(Json.text(row, "partyName")).isEqualTo("Hylte kommun");
    assertThat(row.getBoolean("overdue")).isFalse();

    // a submitted report is fixed; the group goes on with a final report, and only one
    assertProblem(api.put(assignments.coordinator(HYLTE), reportPath(HYLTE, id, hylteSsgv, id(submitted)),
        Json.of("body", "Ändrad i efterhand", "version", version(submitted))), 403);
    JsonObject finalDraft = assignments.draft(HYLTE, id, hylteSsgv, "FINAL", "Slutrapport: rutinerna är införda");
    assertThat(Json.text(assignments.overviewRow(id, hylteSsgv), "status")).as("final only drafted").isEqualTo("IN_PROGRESS");
    assignments.submit(HYLTE, id, hylteSsgv, finalDraft);
    assertThat(Json.text(assignments.overviewRow(id, hylteSsgv), "status")).isEqualTo("FINAL_SUBMITTED");
    Api.Response secondFinal = api.post(assignments.coordinator(HYLTE), reportsPath(HYLTE, id, hylteSsgv),
        Json.of("kind", "FINAL", "body", "En slutrapport till"));
    assertThat(fields(assertProblem(secondFinal, 400))).containsExactly("kind");

    // the group reads its own reports, both submitted
    Api.Response own = api.get(tokens.of(Halland.member(HYLTE)), reportsPath(HYLTE, id, hylteSsgv));
    assertThat(own.status()).isEqualTo(200);
    assertThat(Json.objects(own.array())).extracting(r -> Json.text(r, "status")).containsExactly("SUBMITTED", "SUBMITTED");
  }

  @Test
  void pastTheDueDateWithoutAFinalReportIsOverdue() {
    long laholmSsgb = assignments.groupId(LAHOLM, SSGB);
    long id = id(assignments.give(toGroups(uniqueName("Sen uppföljning"), LocalDate.now().minusDays(3), laholmSsgb)));
    JsonObject row = assignments.overviewRow(id, laholmSsgb);
    assertThat(Json.text(row, "status")).isEqualTo("NOT_STARTED");
    assertThat(row.getBoolean("overdue")).isTrue();
    assertThat(Json.text(row, "party")).isEqualTo(LAHOLM);
  }

  @Test
  void anotherMunicipalityNeitherReadsNorWritesAGroupsReports() {
    long hylteSsgb = assignments.groupId(HYLTE, SSGB);
    long id = id(assignments.give(toKind(uniqueName("Gemensam analys"), SSGB, DUE)));
    JsonObject draft = assignments.draft(HYLTE, id, hylteSsgb, "PROGRESS", "Hyltes utkast");
    String falkenberg = assignments.coordinator(FALKENBERG);
    String report = reportPath(HYLTE, id, hylteSsgb, id(draft));

    // in Hylte's space: not admitted
    assertProblem(api.get(falkenberg, reportsPath(HYLTE, id, hylteSsgb)), 403);
    assertProblem(api.get(falkenberg, report), 403);
    assertProblem(api.post(falkenberg, reportsPath(HYLTE, id, hylteSsgb), Json.of("kind", "PROGRESS", "body", "Kapad")), 403);
    assertProblem(api.put(falkenberg, report, Json.of("body", "Kapad", "version", version(draft))), 403);
    assertProblem(api.post(falkenberg, report + "/submission", Json.of("version", version(draft))), 403);
    // Hylte's group and report ids in Falkenberg's own space: unknown there
    assertProblem(api.get(falkenberg, reportsPath(FALKENBERG, id, hylteSsgb)), 404);
    assertProblem(api.get(falkenberg, reportPath(FALKENBERG, id, hylteSsgb, id(draft))), 404);
    assertProblem(api.post(falkenberg, reportsPath(FALKENBERG, id, hylteSsgb), Json.of("kind", "PROGRESS", "body", "Kapad")), 404);
    assertProblem(api.put(falkenberg, reportPath(FALKENBERG, id, hylteSsgb, id(draft)),
        Json.of("body", "Kapad", "version", version(draft))), 404);
    long falkenbergSsgb = assignments.groupId(FALKENBERG, SSGB);
    assertProblem(api.get(falkenberg, reportPath(FALKENBERG, id, falkenbergSsgb, id(draft))), 404);
    assertProblem(api.post(falkenberg, reportPath(FALKENBERG, id, falkenbergSsgb, id(draft)) + "/submission",
        Json.of("version", version(draft))), 404);

    Api.Response still = api.get(assignments.coordinator(HYLTE), report);
    assertThat(Json.text(still.object(), "body")).isEqualTo("Hyltes utkast");
    assertThat(Json.text(still.object(), "status")).isEqualTo("DRAFT");
  }

  @Test
  void onlyRugGivesAndChangesAssignments() {
    JsonObject body = toKind(uniqueName("Obehörigt uppdrag"), SSGB, DUE);
    for (String user : List.of(Halland.coordinator(FALKENBERG), Halland.tenantAdmin(HYLTE))) {
      String token = tokens.of(user);
      String home = user.substring(0, user.indexOf('-'));
      assertProblem(api.post(token, path(home), body), 403);
      assertProblem(api.post(token, path(REGION), body), 403);
      assertProblem(api.get(token, path(REGION)), 403);
    }
    for (String regionUser : List.of("coordinator", "tenant-admin", "secretariat")) {
      assertProblem(api.post(tokens.of(Halland.user(REGION, regionUser)), path(REGION), body), 403);
    }
    assertProblem(api.post(tokens.of(Halland.NSPH_OBSERVER), path(REGION), body), 403);

    JsonObject given = assignments.give(body);
    assertProblem(api.put(assignments.coordinator(LAHOLM), path(LAHOLM, id(given)),
        Json.with(body, "version", version(given))), 403);
    assertProblem(api.get(tokens.of(Halland.user(REGION, "coordinator")), path(REGION, id(given)) + "/overview"), 403);
    assertProblem(api.get(assignments.coordinator(LAHOLM), path(LAHOLM, id(given)) + "/overview"), 403);
    assertProblem(api.get(assignments.coordinator(LAHOLM), path(LAHOLM, id(given)) + "/submitted-reports"), 403);
  }

  @Test
  void membersAndObserversOfTheGroupReadButDoNotWrite() {
    long laholmSsgb = assignments.groupId(LAHOLM, SSGB);
    long id = id(assignments.give(toGroups(uniqueName("Brukarmedverkan"), DUE, laholmSsgb)));
    JsonObject draft = assignments.draft(LAHOLM, id, laholmSsgb, "PROGRESS", "Laholms utkast");
    coordination.add(LAHOLM, laholmSsgb, Json.with(
        Coordination.memberBody(uniqueName("Observatör"), "nsph-halland"), "email", Halland.NSPH_OBSERVER + "@example.org"));

    for (String user : List.of(Halland.member(LAHOLM), Halland.NSPH_OBSERVER)) {
      String token = tokens.of(user);
      Api.Response read = api.get(token, reportsPath(LAHOLM, id, laholmSsgb));
      assertThat(read.status()).as("%s reading: %s", user, read).isEqualTo(200);
      assertThat(Json.objects(read.array())).extracting(r -> Json.text(r, "body")).containsExactly("Laholms utkast");
      assertThat(assignments.listed(token, LAHOLM)).as("%s's list", user).contains(id);
      assertProblem(api.post(token, reportsPath(LAHOLM, id, laholmSsgb), Json.of("kind", "PROGRESS", "body", "Nej")), 403);
      assertProblem(api.put(token, reportPath(LAHOLM, id, laholmSsgb, id(draft)),
          Json.of("body", "Nej", "version", version(draft))), 403);
      assertProblem(api.post(token, reportPath(LAHOLM, id, laholmSsgb, id(draft)) + "/submission",
          Json.of("version", version(draft))), 403);
    }
    Api.Response still = api.get(assignments.coordinator(LAHOLM), reportPath(LAHOLM, id, laholmSsgb, id(draft)));
    assertThat(Json.text(still.object(), "status")).isEqualTo("DRAFT");
    assertThat(still.object().getJsonNumber("version").longValue()).isEqualTo(version(draft));
  }

  @Test
  void aStaleVersionIsAConflict() {
    long falkenbergSsgv = assignments.groupId(FALKENBERG, SSGV);
    JsonObject body = toGroups(uniqueName("Versionsprov"), DUE, falkenbergSsgv);
    JsonObject given = assignments.give(body);
    long id = id(given);

    Api.Response changed = api.put(assignments.rug(), path(REGION, id),
        Json.with(Json.with(body, "description", "Ändrad beskrivning"), "version", version(given)));
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    assertThat(Json.text(changed.object(), "description")).isEqualTo("Ändrad beskrivning");
    assertProblem(api.put(assignments.rug(), path(REGION, id), Json.with(body, "version", version(given))), 409);

    JsonObject draft = assignments.draft(FALKENBERG, id, falkenbergSsgv, "PROGRESS", "Första utkastet");
    String report = reportPath(FALKENBERG, id, falkenbergSsgv, id(draft));
    Api.Response rewritten = api.put(assignments.coordinator(FALKENBERG), report,
        Json.of("body", "Andra utkastet", "version", version(draft)));
    assertThat(rewritten.status()).as("%s", rewritten).isEqualTo(200);
    assertProblem(api.put(assignments.coordinator(FALKENBERG), report,
        Json.of("body", "Tredje, på gammal version", "version", version(draft))), 409);
    assertProblem(api.post(assignments.coordinator(FALKENBERG), report + "/submission",
        Json.of("version", version(draft))), 409);
    assertThat(Json.text(api.get(assignments.coordinator(FALKENBERG), report).object(), "status")).isEqualTo("DRAFT");
    assertThat(assignments.submitted(id)).isEmpty();
  }

  @Test
  void badInputNamesTheFieldsAndWritesNothing() {
    long before = assignments.listed(assignments.rug(), REGION).size();

    Api.Response bad = api.post(assignments.rug(), path(REGION), Json.of(
        "description", "", "dueDate", "31/12/2026", "targetKind", "SSGB"));
    assertThat(fields(assertProblem(bad, 400))).containsExactlyInAnyOrder("description", "dueDate");
    Api.Response missing = api.post(assignments.rug(), path(REGION), Json.of("targetKind", "SSGB"));
    assertThat(fields(assertProblem(missing, 400))).containsExactlyInAnyOrder("description", "dueDate");
    Api.Response notADay = api.post(assignments.rug(), path(REGION),
        Json.with(toKind("Uppdrag", SSGB, DUE), "dueDate", "2026-02-30"));
    assertThat(fields(assertProblem(notADay, 400))).containsExactly("dueDate");
    Api.Response kind = api.post(assignments.rug(), path(REGION), toKind("Uppdrag", "OTHER", DUE));
    assertThat(fields(assertProblem(kind, 400))).containsExactly("targetKind");
    assertThat(assignments.listed(assignments.rug(), REGION)).as("assignments after refused input").hasSize((int) before);

    long hylteSsgb = assignments.groupId(HYLTE, SSGB);
    long id = id(assignments.give(toGroups(uniqueName("Rapportprov"), DUE, hylteSsgb)));
    String reports = reportsPath(HYLTE, id, hylteSsgb);
    Api.Response noBody = api.post(assignments.coordinator(HYLTE), reports, Json.of("kind", "PROGRESS", "body", " "));
    assertThat(fields(assertProblem(noBody, 400))).containsExactly("body");
    Api.Response badKind = api.post(assignments.coordinator(HYLTE), reports, Json.of("kind", "DONE", "body", "Text"));
    assertThat(fields(assertProblem(badKind, 400))).containsExactly("kind");
    JsonObject draft = assignments.draft(HYLTE, id, hylteSsgb, "PROGRESS", "Utkast");
    Api.Response noVersion = api.put(assignments.coordinator(HYLTE), reportPath(HYLTE, id, hylteSsgb, id(draft)),
        Json.of("body", "Utan version"));
    assertThat(fields(assertProblem(noVersion, 400))).containsExactly("version");
    assertThat(api.get(assignments.coordinator(HYLTE), reports).array()).hasSize(1);
  }
}
