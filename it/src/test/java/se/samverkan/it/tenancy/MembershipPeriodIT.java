package se.samverkan.it.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.groupsPath;
import static se.samverkan.it.support.Coordination.memberBody;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.SSGB;
import static se.samverkan.it.support.Halland.SSGV;
import static se.samverkan.it.support.Halland.VARBERG;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A seat in another party's group opens that party's space only during its period: a region
 * employee (the region's coordinator, who sits in no municipal group otherwise) is given a seat
 * in Varberg's SSGB that has ended, that is current, and that has not begun.
 */
@ExtendWith(ArquillianExtension.class)
public class MembershipPeriodIT {

  private static final String REGION_PERSON = Halland.coordinator(REGION);
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private long ssgb;

  @BeforeEach
  void setUp() {
    Stack stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    ssgb = coordination.groupId(VARBERG, SSGB);
    assertThat(spacesOfTheRegionPerson()).as("before any seat").doesNotContain(VARBERG);
  }

  @AfterEach
  void tearDown() {
    coordination.cleanUp();
  }

  @Test
  void anEndedSeatGivesNoAccess() {
    seat(TODAY.minusYears(1), TODAY.minusDays(1));

    assertThat(spacesOfTheRegionPerson()).doesNotContain(VARBERG);
    assertThat(api.get(regionToken(), groupsPath(VARBERG)).status()).isEqualTo(403);
  }

  @Test
  void aSeatThatHasNotBegunGivesNoAccess() {
    seat(TODAY.plusDays(1), null);

    assertThat(spacesOfTheRegionPerson()).doesNotContain(VARBERG);
    assertThat(api.get(regionToken(), groupsPath(VARBERG)).status()).isEqualTo(403);
  }

  @Test
  void aCurrentSeatOpensThatGroupOnlyUntilItsLastDay() {
    seat(TODAY.minusDays(10), TODAY);

    assertThat(spacesOfTheRegionPerson()).contains(VARBERG);
    Api.Response groups = api.get(regionToken(), groupsPath(VARBERG));
    assertThat(groups.status()).isEqualTo(200);
    assertThat(Json.objects(groups.object().getJsonArray("items")))
        .extracting(g -> g.getJsonNumber("id").longValue())
        .containsExactly(ssgb);
    long ssgv = coordination.groupId(VARBERG, SSGV);
    assertThat(api.get(regionToken(), groupsPath(VARBERG) + "/" + ssgv).status()).isEqualTo(404);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedBesideItsEnd() {
    JsonObject body = Json.with(Json.with(memberBody(uniqueName("Period"), REGION),
        "periodStart", TODAY.toString()), "periodEnd", TODAY.minusDays(1).toString());

    Api.Response response =
        api.post(tokens.of(Halland.coordinator(VARBERG)), Coordination.membersPath(VARBERG, ssgb), body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(Json.objects(response.object().getJsonArray("errors")))
        .extracting(e -> Json.text(e, "field"))
        .containsExactly("periodEnd");
  }

  private void seat(LocalDate start, LocalDate end) {
    JsonObject body = Json.with(memberBody(uniqueName("Regionens samordnare"), REGION),
        "email", REGION_PERSON + "@example.org");
    body = Json.with(body, "periodStart", start.toString());
    if (end != null) {
      body = Json.with(body, "periodEnd", end.toString());
    }
    JsonObject member = coordination.add(VARBERG, ssgb, body).member();
    assertThat(Json.text(member, "periodStart")).isEqualTo(start.toString());
  }

  private List<String> spacesOfTheRegionPerson() {
    Api.Response spaces = api.get(regionToken(), "/spaces");
    assertThat(spaces.status()).isEqualTo(200);
    return spaces.array().getValuesAs(JsonObject.class).stream().map(s -> Json.text(s, "id")).toList();
  }

  private String regionToken() {
    return tokens.of(REGION_PERSON);
  }
}
