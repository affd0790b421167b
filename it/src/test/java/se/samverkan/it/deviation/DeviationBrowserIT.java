package se.samverkan.it.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.deviation.Deviations.HALMSTAD;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.SSGB;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
 * A Halmstad coordinator brings a deviation in a real (headless) browser, is told beside the field
 * that a personal identity number may not be written, brings it de-identified, analyses it at the
 * group's meeting, raises it to RUG and closes it; RUG then finds its summary in the region's
 * list. Every page passes an axe-core scan (WCAG 2.1 A/AA).
 */
@ExtendWith(ArquillianExtension.class)
public class DeviationBrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
  }

  @Test
  void aDeviationIsBroughtAnalysedAtAMeetingRaisedAndClosed() {
    Coordination coordination = new Coordination(api, tokens);
    long group = coordination.groupId(HALMSTAD, SSGB);
    long meeting = Meetings.id(new Meetings(api, tokens).plan(HALMSTAD, group, Meetings.now().minusDays(1),
        "Rådhuset, sal 2"));
    String description = Coordination.uniqueName("Remissen från BUP kom inte fram till elevhälsan");
    String summary = Coordination.uniqueName("Överföringen BUP–elevhälsa saknar en regional rutin");
    String coordinator = tokens.of(Halland.coordinator(HALMSTAD));
    SoftAssertions soft = new SoftAssertions();

    try (Browser browser = Browser.start()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = browser.waiting();
      driver.get(stack.webUrl() + "/app/" + HALMSTAD + "/group?id=" + group);
      browser.logIn(Halland.coordinator(HALMSTAD));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("deviations-link"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bring-form")));
      assertThat(driver.getCurrentUrl()).contains("/app/" + HALMSTAD + "/deviations?group=" + group);
      browser.scan("deviations of a group");

      // a personal identity number in the description: refused beside the field, nothing stored
      browser.setValue("bring-form:occurredOn", LocalDate.now().minusDays(4).toString());
      browser.type("bring-form:reportingUnit", "Elevhälsan");
      new Select(driver.findElement(By.id("bring-form:targetGroup"))).selectByValue("CHILDREN");
      browser.type("bring-form:agreementSection", "4.1 SIP");
      new Select(driver.findElement(By.id("bring-form:category"))).selectByValue("INFORMATION_TRANSFER");
      String number = Deviations.freshPersonalIdentityNumber();
      browser.type("bring-form:description", description + " för " + number);
      browser.type("bring-form:actionsTaken", "Rutinen för remisser är genomgången.");
      driver.findElement(By.id("bring-form:fullyHandledAndDeIdentified")).click();
      driver.findElement(By.id("bring-form:bring")).click();
      WebElement error = wait.until(d -> {
        List<WebElement> found = d.findElements(By.id("bring-form:description-error"));
        return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
      });
      soft.assertThat(error.getText()).as("message beside the field").containsIgnoringCase("personnummer")
          .doesNotContain(number);
      soft.assertThat(driver.findElement(By.id("bring-form:description")).getAttribute("aria-invalid")).isEqualTo("true");
      soft.assertThat(driver.findElement(By.id("bring-form:description")).getAttribute("aria-describedby"))
          .contains("bring-form:description-error");
      soft.assertThat(driver.findElement(By.id("messages")).getText()).doesNotContain(number);
      soft.assertThat(api.get(coordinator, Deviations.path(HALMSTAD, group) + "?size=100").body())
          .as("nothing stored").doesNotContain(description);
      browser.scan("bring form with a refused field");

      // de-identified: brought, and the browser is on the deviation's page
      browser.type("bring-form:description", description);
      driver.findElement(By.id("bring-form:bring")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Avvikelsen är lämnad"));
      soft.assertThat(driver.findElement(By.id("description")).getText()).isEqualTo(description);
      soft.assertThat(driver.findElement(By.id("deviation-status")).getText()).contains("Lämnad till gruppen");
      browser.scan("a deviation, brought");

      // analysed at the group's meeting, concluding it is a regional fault
      new Select(driver.findElement(By.id("analysis-form:meetingId"))).selectByValue(String.valueOf(meeting));
      browser.type("analysis-form:analysis", "Gruppen ser att överföringen saknar en rutin i överenskommelsen.");
      driver.findElement(By.cssSelector("input[name='analysis-form:conclusion'][value='RAISE_TO_RUG']")).click();
      driver.findElement(By.id("analysis-form:analyse")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Analysen är sparad"));
      soft.assertThat(driver.findElement(By.id("conclusion")).getText()).contains("RUG");
      soft.assertThat(driver.findElement(By.id("meeting-link")).getAttribute("href")).contains("id=" + meeting);
      browser.scan("a deviation, analysed");

      // raised to RUG, deliberately, with a summary; shown as raised
      browser.type("raise-form:summary", summary);
      driver.findElement(By.id("raise-form:raise")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "lyft till RUG"));
      soft.assertThat(driver.findElement(By.id("raised")).getText()).contains(summary);
      soft.assertThat(driver.findElements(By.id("raise-form"))).as("raised once").isEmpty();
      browser.scan("a deviation, raised to RUG");

      driver.findElement(By.id("close-form:close")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Avvikelsen är avslutad"));
      soft.assertThat(driver.findElement(By.id("deviation-status")).getText()).contains("Avslutad");
      browser.scan("a deviation, closed");

      driver.get(stack.webUrl() + "/app/" + HALMSTAD + "/deviation-statistics?group=" + group);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("by-category")));
      soft.assertThat(driver.findElement(By.cssSelector("#by-category caption")).getText()).isNotBlank();
      browser.scan("figures of the year");

      driver.get(stack.webUrl() + "/app/" + HALMSTAD + "/disputes?group=" + group);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-form")));
      browser.scan("disputes of a group");

      // a dispute: opened on the group's disputes page, escalated and resolved on its own page
      browser.type("open-form:question", Coordination.uniqueName("Vem ansvarar för skolskjuts vid växelvis boende?"));
      browser.type("open-form:parties", "Skolförvaltningen och socialtjänsten");
      browser.type("open-form:agreementSection", "5.1");
      browser.type("open-form:people:0:name", "Rektor Ett");
      browser.type("open-form:people:0:email", "rektor.ett@example.org");
      driver.findElement(By.id("open-form:open")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tvisten är öppnad"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("escalate-form")));
      soft.assertThat(driver.findElement(By.id("steps")).getText()).contains("rektor.ett@example.org");
      browser.scan("a dispute at its first step");
      browser.type("escalate-form:outcome", "Rektorerna kom inte överens.");
      browser.type("escalate-form:people:0:name", "Avdelningschef Två");
      browser.type("escalate-form:people:0:email", "avdelningschef.tva@example.org");
      driver.findElement(By.id("escalate-form:escalate")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "nästa steg"));
      soft.assertThat(driver.findElement(By.id("steps")).getText()).contains("Avdelningschefer")
          .contains("avdelningschef.tva@example.org");
      browser.type("resolve-form:outcome", "Avdelningscheferna enades om delat ansvar.");
      driver.findElement(By.id("resolve-form:resolve")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tvisten är löst"));
      soft.assertThat(driver.findElement(By.id("outcome")).getText()).contains("delat ansvar");
      browser.scan("a dispute, resolved");
      System.out.println("axe-core scans:\n" + browser.scanReport());
      soft.assertThat(browser.scans())
          .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
          .allSatisfy((p, violations) -> assertThat(violations).as(p).isEmpty());
    }

    JsonObject listed = api.get(coordinator, Deviations.path(HALMSTAD, group) + "?status=CLOSED&size=100").object();
    soft.assertThat(Json.objects(listed.getJsonArray("items"))).extracting(d -> Json.text(d, "description"))
        .contains(description);

    // RUG finds the summary in the region's space, and nothing of the description
    try (Browser rug = Browser.start()) {
      rug.driver().get(stack.webUrl() + "/app/" + REGION + "/start");
      rug.logIn(Halland.user(REGION, "rug"));
      rug.waiting().until(ExpectedConditions.elementToBeClickable(By.id("nav-raised-deviations"))).click();
      rug.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("raised-deviations")));
      String page = rug.driver().findElement(By.id("raised-deviations")).getText();
      soft.assertThat(page).contains(summary).doesNotContain(description);
      rug.scan("RUG's raised deviations");
      System.out.println("axe-core scans (RUG):\n" + rug.scanReport());
      soft.assertThat(rug.scans()).allSatisfy((p, violations) -> assertThat(violations).as(p).isEmpty());
    }
    soft.assertAll();
  }
}
