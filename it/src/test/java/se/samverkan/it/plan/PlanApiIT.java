package se.samverkan.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.plan.Plans.FALKENBERG;
import static se.samverkan.it.plan.Plans.HYLTE;
import static se.samverkan.it.plan.Plans.cost;
import static se.samverkan.it.plan.Plans.financing;
import static se.samverkan.it.plan.Plans.id;
import static se.samverkan.it.plan.Plans.kronor;
import static se.samverkan.it.plan.Plans.path;
import static se.samverkan.it.plan.Plans.plan;
import static se.samverkan.it.plan.Plans.version;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Problems.assertProblem;
import static se.samverkan.it.support.Problems.fields;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
 * The area's plans are kept by the region's secretariat and read by every party; a
 * municipality's local plan is its own; adoption needs a balanced economy; money is exact. Data
 * is made in the region, Falkenberg and Hylte only.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanApiIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Plans plans;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    plans = new Plans(api, new Tokens(stack));
  }

  @Test
  void theSecretariatKeepsTheAreasPlanAndEveryPartyReadsIt() {
    String secretariat = plans.secretariat();
    JsonObject plan = plans.areaPlan();
    long id = id(plan);
    assertThat(plan.getBoolean("areaPlan")).isTrue();
    assertThat(Json.text(plan, "status")).isEqualTo("DRAFT");
    long goal = id(plans.goal(secretariat, REGION, id, 1));
    assertThat(api.post(secretariat, path(REGION, id) + "/initiatives", Json.of("code", "A", "title", "Brukarmedverkan"))
        .status()).isEqualTo(201);
    Api.Response activity = api.post(secretariat, path(REGION, id) + "/activities", Json.of(
        "goalId", goal, "number", 1, "description", "Gemensam utbildning i SIP", "partners", "Kommunerna och regionen",
        "responsible", "Regionens utvecklingsenhet", "startsOn", "2027-02-01", "endsOn", "2027-11-30",
        "followUp", "Antal utbildade", "initiative", "A", "agreementRef", "Avsnitt 4.1", "indicatorRef", "Indikator 2"));
    assertThat(activity.status()).as("%s", activity).isEqualTo(201);
    assertThat(Json.text(activity.object(), "number")).isEqualTo("1.1");
    assertThat(Json.text(activity.object(), "initiative")).isEqualTo("A");
    plans.addCost(secretariat, REGION, id, cost(2027, "250 000"));

    for (String party : List.of(FALKENBERG, HYLTE)) {
      String coordinator = plans.token(Halland.coordinator(party));
      JsonObject read = plans.get(coordinator, party, id);
      assertThat(read.getJsonObject("plan").getBoolean("areaPlan")).isTrue();
      assertThat(read.getJsonObject("plan").getBoolean("editable")).as("%s may not edit", party).isFalse();
      assertThat(Json.objects(read.getJsonArray("activities"))).extracting(a -> Json.text(a, "description"))
          .containsExactly("Gemensam utbildning i SIP");
      assertThat(Json.objects(api.get(coordinator, path(party) + "?size=100").object().getJsonArray("items")))
          .extracting(Plans::id).contains(id);
      // a party writes nothing of the area's plan: 403, and nothing was written
      assertProblem(api.post(coordinator, path(party, id) + "/goals", Json.of("number", 2, "title", "Kapat mål")), 403);
      assertProblem(api.post(coordinator, path(party, id) + "/costs", cost(2027, "1")), 403);
      assertProblem(api.put(coordinator, path(party, id),
          Json.with(plan(plan.getJsonNumber("programmeAreaId").longValue(), "Kapad", 2027, 2028), "version", version(plan))),
          403);
      assertProblem(api.post(coordinator, path(party, id) + "/adoption", Json.of("version", version(plan))), 403);
    }
    // in the region, only the secretariat keeps the plans
    String rug = plans.token(Halland.user(REGION, "rug"));
    assertThat(api.get(rug, path(REGION, id)).status()).isEqualTo(200);
    assertProblem(api.post(rug, path(REGION, id) + "/goals", Json.of("number", 2, "title", "RUG:s mål")), 403);
    assertProblem(api.post(rug, "/spaces/" + REGION + "/programme-areas", Json.of("name", "Nytt")), 403);
    JsonObject after = plans.get(secretariat, REGION, id);
    assertThat(after.getJsonArray("goals")).hasSize(1);
    assertThat(after.getJsonArray("costs")).hasSize(1);
  }

  @Test
  void adoptionIsRefusedWhileCostsAndFinancingDifferAndAllowedWhenTheyBalance() {
    String secretariat = plans.secretariat();
    JsonObject plan = plans.areaPlan();
    long id = id(plan);
    plans.addCost(secretariat, REGION, id, cost(2027, "100 000,50"));
    plans.addFinancing(secretariat, REGION, id, financing(2027, "LOCAL_FUNDS", "60000"));
    plans.addCost(secretariat, REGION, id, cost(2028, "10 000"));
    plans.addFinancing(secretariat, REGION, id,
        Json.of("year", 2028, "source", "STATE_GRANT", "grantYear", 2028, "amount", "10000.00"));

    JsonObject sheet = plans.get(secretariat, REGION, id);
    assertThat(sheet.getBoolean("balanced")).isFalse();
    JsonObject first = Json.objects(sheet.getJsonArray("balances")).get(0);
    assertThat(first.getInt("year")).isEqualTo(2027);
    assertThat(kronor(first.getJsonObject("difference"))).isEqualByComparingTo("-40000.50");
    assertThat(Json.text(first.getJsonObject("costs"), "text")).isEqualTo("100\u00a0000,50\u00a0kr");

    JsonObject refused = assertProblem(api.post(secretariat, path(REGION, id) + "/adoption",
        Json.of("version", version(plan))), 409);
    assertThat(Json.text(refused, "detail")).contains("2027");

    plans.addFinancing(secretariat, REGION, id, financing(2027, "JOINTLY_ALLOCATED", "40 000,50"));
    assertThat(plans.get(secretariat, REGION, id).getBoolean("balanced")).isTrue();
    Api.Response adopted = api.post(secretariat, path(REGION, id) + "/adoption", Json.of("version", version(plan)));
    assertThat(adopted.status()).as("%s", adopted).isEqualTo(200);
    assertThat(Json.text(adopted.object(), "status")).isEqualTo("ADOPTED");

    // the adopted plan's economy is frozen; a stale adoption or reopening is 409
    assertProblem(api.post(secretariat, path(REGION, id) + "/costs", cost(2027, "1")), 409);
    assertProblem(api.post(secretariat, path(REGION, id) + "/adoption", Json.of("version", version(plan))), 409);
    assertProblem(api.delete(secretariat, path(REGION, id) + "/adoption?version=" + version(plan)), 409);
    Api.Response reopened = api.delete(secretariat,
        path(REGION, id) + "/adoption?version=" + version(adopted.object()));
    assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
    assertThat(Json.text(reopened.object(), "status")).isEqualTo("DRAFT");
  }

  @Test
  void jointlyAllocatedFundsAreSplitSoTheInvoicesSumExactly() {
    String secretariat = plans.secretariat();
    JsonObject plan = plans.areaPlan();
    long id = id(plan);
    plans.addCost(secretariat, REGION, id, cost(2027, "100 000,01"));
    plans.addFinancing(secretariat, REGION, id, financing(2027, "JOINTLY_ALLOCATED", "100 000,01"));

    List<JsonObject> equal = invoices(plans.get(secretariat, REGION, id), 2027);
    assertThat(equal).hasSize(Halland.TENANTS.size());
    assertThat(sum(equal)).isEqualByComparingTo("100000.01");

    Api.Response keyed = api.put(secretariat, path(REGION, id) + "/allocation", Json.of(
        "key", "BY_POPULATION", "weights", Json.of(FALKENBERG, 46_001L, HYLTE, 10_999L, "laholm", 25_501L),
        "version", version(plan)));
    assertThat(keyed.status()).as("%s", keyed).isEqualTo(200);
    List<JsonObject> byPopulation = invoices(plans.get(secretariat, REGION, id), 2027);
    assertThat(byPopulation).extracting(i -> Json.text(i, "party")).containsExactlyInAnyOrder(FALKENBERG, HYLTE, "laholm");
    assertThat(sum(byPopulation)).isEqualByComparingTo("100000.01");

    // a party that is not the area's, a stale version, an unknown key
    JsonObject stranger = assertProblem(api.put(secretariat, path(REGION, id) + "/allocation", Json.of(
        "key", "FIXED_SHARES", "weights", Json.of("gotland", 1L), "version", version(keyed.object()))), 400);
    assertThat(fields(stranger)).containsExactly("weights");
    assertProblem(api.put(secretariat, path(REGION, id) + "/allocation",
        Json.of("key", "EQUAL", "version", version(plan))), 409);
    assertThat(fields(assertProblem(api.put(secretariat, path(REGION, id) + "/allocation",
        Json.of("key", "BY_WEALTH", "version", version(keyed.object()))), 400))).containsExactly("key");
  }

  @Test
  void badAmountsAndSourcesAreNamedAndNothingIsWritten() {
    String secretariat = plans.secretariat();
    long id = id(plans.areaPlan());
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION, id) + "/costs", cost(2027, "-5")), 400)))
        .containsExactly("amount");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION, id) + "/costs", cost(2027, "12,345")), 400)))
        .containsExactly("amount");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION, id) + "/costs", cost(2027, "tusen")), 400)))
        .containsExactly("amount");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION, id) + "/costs", cost(2031, "5")), 400)))
        .containsExactly("year");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION, id) + "/financing",
        financing(2027, "GIFT", "5")), 400))).containsExactly("source");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION, id) + "/financing",
        financing(2027, "STATE_GRANT", "5")), 400))).containsExactly("grantYear");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION, id) + "/financing",
        financing(2027, "NO_COST", "5")), 400))).containsExactly("amount");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION, id) + "/goals",
        Json.of("number", 0, "title", "")), 400))).containsExactlyInAnyOrder("number", "title");
    assertThat(fields(assertProblem(api.post(secretariat, path(REGION),
        Json.of("programmeAreaId", 987654321L, "title", "Utan område", "fromYear", 2027, "toYear", 2026)), 400)))
        .containsExactly("toYear");
    JsonObject sheet = plans.get(secretariat, REGION, id);
    assertThat(sheet.getJsonArray("costs")).isEmpty();
    assertThat(sheet.getJsonArray("financing")).isEmpty();
    assertThat(sheet.getJsonArray("goals")).isEmpty();
  }

  @Test
  void aMunicipalitysLocalPlanIsItsOwn() {
    long area = plans.programmeArea();
    String falkenbergAdmin = plans.token(Halland.tenantAdmin(FALKENBERG));
    JsonObject local = plans.create(falkenbergAdmin, FALKENBERG,
        plan(area, Coordination.uniqueName("Lokal plan Falkenberg"), 2027, 2027));
    long id = id(local);
    assertThat(local.getBoolean("areaPlan")).isFalse();
    assertThat(Json.text(local, "owner")).isEqualTo(FALKENBERG);
    plans.goal(falkenbergAdmin, FALKENBERG, id, 1);
    plans.addCost(falkenbergAdmin, FALKENBERG, id, cost(2027, "5 000"));
    String falkenbergCoordinator = plans.token(Halland.coordinator(FALKENBERG));
    assertThat(plans.get(falkenbergCoordinator, FALKENBERG, id).getJsonObject("plan").getBoolean("editable")).isTrue();
    // a member of the municipality reads it but does not keep it
    String falkenbergMember = plans.token(Halland.member(FALKENBERG));
    assertThat(api.get(falkenbergMember, path(FALKENBERG, id)).status()).isEqualTo(200);
    assertProblem(api.post(falkenbergMember, path(FALKENBERG, id) + "/costs", cost(2027, "1")), 403);

    // Hylte: not in its own space (404), not in Falkenberg's (403), never listed
    String hylte = plans.token(Halland.coordinator(HYLTE));
    assertProblem(api.get(hylte, path(HYLTE, id)), 404);
    assertProblem(api.post(hylte, path(HYLTE, id) + "/costs", cost(2027, "1")), 404);
    assertProblem(api.put(hylte, path(HYLTE, id), Json.with(plan(area, "Kapad", 2027, 2027), "version", version(local))),
        404);
    assertProblem(api.get(hylte, path(FALKENBERG, id)), 403);
    assertProblem(api.post(hylte, path(FALKENBERG, id) + "/goals", Json.of("number", 2, "title", "Kapat")), 403);
    assertThat(Json.objects(api.get(hylte, path(HYLTE) + "?size=100").object().getJsonArray("items")))
        .extracting(Plans::id).doesNotContain(id);
    // the region neither
    String secretariat = plans.secretariat();
    assertProblem(api.get(secretariat, path(REGION, id)), 404);
    assertProblem(api.post(secretariat, path(REGION, id) + "/goals", Json.of("number", 3, "title", "Kapat")), 404);
    assertThat(plans.get(falkenbergAdmin, FALKENBERG, id).getJsonArray("goals")).hasSize(1);
  }

  @Test
  void concurrentChangesOfOneActivityGiveOneWinnerAndA409() {
    String secretariat = plans.secretariat();
    long id = id(plans.areaPlan());
    long goal = id(plans.goal(secretariat, REGION, id, 1));
    JsonObject activity = Json.of("goalId", goal, "number", 1, "description", "Kartlägg behoven", "term", "Våren 2027");
    Api.Response created = api.post(secretariat, path(REGION, id) + "/activities", activity);
    assertThat(created.status()).isEqualTo(201);
    long activityId = id(created.object());
    long read = version(created.object());
    String changePath = path(REGION, id) + "/activities/" + activityId;
    List<CompletableFuture<Api.Response>> both = List.of(
        api.sendAsync("PUT", secretariat, changePath,
            Json.with(Json.with(activity, "description", "Första"), "version", read).toString()),
        api.sendAsync("PUT", secretariat, changePath,
            Json.with(Json.with(activity, "description", "Andra"), "version", read).toString()));
    List<Integer> statuses = both.stream().map(CompletableFuture::join).map(Api.Response::status).sorted().toList();
    assertThat(statuses).containsExactly(200, 409);
    assertProblem(api.put(secretariat, changePath, Json.with(activity, "version", read)), 409);
  }

  private static List<JsonObject> invoices(JsonObject sheet, int year) {
    return Json.objects(sheet.getJsonArray("balances")).stream()
        .filter(b -> b.getInt("year") == year).findFirst().map(b -> Json.objects(b.getJsonArray("invoiceBasis")))
        .orElseThrow();
  }

  private static BigDecimal sum(List<JsonObject> invoices) {
    return invoices.stream().map(i -> kronor(i.getJsonObject("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
