package se.samverkan.it.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Halland.VARBERG;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Browser;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Meetings;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * Varberg's coordinator in a real browser plans a meeting of the SSGB, writes the minutes of an
 * item, records attendance and an action item, and approves the minutes; a planning form with a
 * missing time is answered beside the field. Every page on the way passes an axe-core scan.
 */
@ExtendWith(ArquillianExtension.class)
public class MeetingBrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private Meetings meetings;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
    meetings = new Meetings(api, tokens);
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    try {
      browser.close();
    } finally {
      coordination.cleanUp();
    }
  }

  @Test
  void aCoordinatorPlansAMeetingWritesTheMinutesAndApprovesThem() {
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    long ssgb = coordination.groupId(VARBERG, Halland.SSGB);
    coordination.add(VARBERG, ssgb, Coordination.memberBody(Coordination.uniqueName("Närvarande person"), VARBERG));

    driver.get(stack.webUrl() + "/app/varberg/group?id=" + ssgb);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(Halland.coordinator(VARBERG));
    driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    // the group's purpose, kept on the group page by its keepers
    String purpose = Coordination.uniqueName("Samordnar insatser för barn och unga i Varberg");
    WebElement purposeField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-edit-form:purpose")));
    purposeField.clear();
    purposeField.sendKeys(purpose);
    driver.findElement(By.id("group-edit-form:save-group")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), purpose));
    soft.assertThat(Json.text(api.get(tokens.of(Halland.coordinator(VARBERG)), "/spaces/varberg/groups/" + ssgb).object(),
        "purpose")).as("the purpose as recorded").isEqualTo(purpose);
    browser.scan("group, details changed");

    wait.until(ExpectedConditions.elementToBeClickable(By.id("meetings-link"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
    browser.scan("meetings");

    // a form without a start time: told beside the field, nothing planned
    String place = Coordination.uniqueName("Varbergs stadshus, sal Äpplet");
    browser.type("plan-form:place", place);
    driver.findElement(By.id("plan-form:plan")).click();
    WebElement startError = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("plan-form:startsAt-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    soft.assertThat(startError.getText()).as("message for the missing start").isNotBlank();
    soft.assertThat(driver.findElement(By.id("plan-form:startsAt")).getAttribute("aria-invalid")).isEqualTo("true");
    browser.scan("meetings after a validation error");

    // plan it properly
    LocalDateTime start = Meetings.now().plusDays(7).withHour(9).withMinute(0);
    browser.setValue("plan-form:startsAt", start.toString());
    browser.setValue("plan-form:endsAt", start.plusHours(2).toString());
    browser.type("plan-form:place", place);
    browser.type("plan-form:ownItems", "Samordnad individuell plan\nÖvrigt");
    driver.findElement(By.id("plan-form:plan")).click();
    wait.until(ExpectedConditions.urlMatches("/app/varberg/meeting\\?group=\\d+&id=\\d+"));
    Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(driver.getCurrentUrl());
    assertThat(id.find()).isTrue();
    long meetingId = Long.parseLong(id.group(1));
    WebElement agenda = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.agenda")));
    assertThat(agenda.getText()).contains("Se över och stärka lokala strukturer för samverkan",
        "Analys av inkomna avvikelser och tvister", "Adjungering av andra aktörer", "Samordnad individuell plan", "Övrigt");
    browser.scan("meeting, planned");

    // the minutes of the first item
    driver.findElements(By.cssSelector("ol.agenda a.button-link")).get(0).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes-form:notes")));
    browser.scan("meeting, writing minutes");
    browser.type("minutes-form:notes", "Gruppen såg över rutinen för samordnad individuell plan.");
    browser.type("minutes-form:decisions", "Rutinen revideras till nästa möte.");
    driver.findElement(By.id("minutes-form:save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.agenda"), "Rutinen revideras till nästa möte."));

    // attendance and an action item
    new Select(driver.findElements(By.cssSelector("#attendance-form select")).get(0)).selectByValue("PRESENT");
    driver.findElement(By.id("attendance-form:save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Närvaron är sparad"));
    browser.type("action-form:description", "Revidera rutinen för SIP");
    browser.type("action-form:responsible", "Elevhälsan");
    driver.findElement(By.id("action-form:raise")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("raised"), "Revidera rutinen för SIP"));
    browser.scan("meeting, minutes written");

    // approve: published, no more forms
    driver.findElement(By.id("approve-form:approve")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes-status"), "Godkänt"));
    soft.assertThat(driver.findElements(By.cssSelector("#minutes-form, #item-form, #action-form, #approve-form")))
        .as("forms after approval").isEmpty();
    browser.scan("meeting, approved");

    JsonObject recorded = meetings.read(Halland.member(VARBERG), VARBERG, ssgb, meetingId);
    soft.assertThat(Json.text(recorded, "minutesStatus")).isEqualTo("APPROVED");
    soft.assertThat(Json.text(Json.objects(recorded.getJsonArray("agenda")).get(0), "decisions"))
        .isEqualTo("Rutinen revideras till nästa möte.");
    soft.assertThat(Json.objects(recorded.getJsonArray("attendance"))).extracting(a -> Json.text(a, "attendance"))
        .containsExactly("PRESENT");
    soft.assertThat(Json.objects(recorded.getJsonArray("actionItems"))).extracting(a -> Json.text(a, "description"))
        .containsExactly("Revidera rutinen för SIP");
    soft.assertThat(Json.text(recorded, "place")).isEqualTo(place);

    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scans())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }



}
