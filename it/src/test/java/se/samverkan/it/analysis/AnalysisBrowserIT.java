package se.samverkan.it.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.analysis.Analyses.LAHOLM;
import static se.samverkan.it.analysis.Analyses.analysisPath;

import jakarta.json.JsonObject;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Browser;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * A Laholm coordinator writes the analysis of this year in a real (headless) browser: reaches it
 * from the group's page, is told beside the field that a personal identity number may not be
 * written, saves the draft and completes it. Each state of the page passes an axe-core scan.
 */
@ExtendWith(ArquillianExtension.class)
public class AnalysisBrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;
  private Analyses analyses;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    analyses = new Analyses(api, tokens);
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    browser.close();
  }

  @Test
  void aCoordinatorWritesAndCompletesTheAnalysisOfTheYear() {
    long group = analyses.newGroup(LAHOLM);
    int year = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    String coordinator = tokens.of(Halland.coordinator(LAHOLM));
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();

    driver.get(stack.webUrl() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(Halland.coordinator(LAHOLM));
    driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    // the landing page within the space (groups or start) does not matter here
    wait.until(ExpectedConditions.urlContains("/samverkan/app/laholm/"));

    // from the group's page to its analysis of this year
    driver.get(stack.webUrl() + "/app/laholm/group?id=" + group);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("analysis-link"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("analysis-form")));
    assertThat(driver.getCurrentUrl()).contains("/app/laholm/analysis?group=" + group);
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains(String.valueOf(year));
    assertThat(driver.findElement(By.id("privacy-hint")).getText()).as("the hint about personal data").isNotBlank();
    assertThat(driver.findElements(By.cssSelector("#analysis-form fieldset legend")))
        .extracting(WebElement::getText)
        .as("one fieldset per target group of the group")
        .containsExactly("Barn och unga i behov av samordnade insatser",
            "Riskbruk, missbruk eller beroende (alkohol, narkotika, läkemedel, dopning, spel)");
    browser.scan("analysis, not started");

    // a personal identity number: refused beside its field, nothing written
    browser.type("analysis-form:summary", "Behoven av samordnade insatser för barn ökar i hela kommunen.");
    browser.type("analysis-form:sections:0:currentPicture", "Fler barn behöver insatser från skola, socialtjänst och BUP.");
    browser.type("analysis-form:sections:0:priorities", "Gemensamma rutiner för SIP i förskolan.");
    browser.type("analysis-form:sections:1:gapsAndRisks", "Gäller särskilt 121212-1212 som väntat länge.");
    driver.findElement(By.id("analysis-form:save")).click();
    WebElement error = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("analysis-form:sections:1:gapsAndRisks-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    soft.assertThat(error.getText()).as("message beside the field").containsIgnoringCase("personnummer");
    soft.assertThat(driver.findElement(By.id("analysis-form:sections:1:gapsAndRisks")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    soft.assertThat(driver.findElement(By.id("analysis-form:sections:1:gapsAndRisks")).getAttribute("aria-describedby"))
        .contains("analysis-form:sections:1:gapsAndRisks-error");
    soft.assertThat(driver.findElement(By.id("analysis-form:summary")).getAttribute("value"))
        .as("what was typed stays in the form").startsWith("Behoven av samordnade");
    assertThat(api.get(coordinator, analysisPath(LAHOLM, group, year)).status()).as("nothing written").isEqualTo(404);
    browser.scan("analysis with a refused field");

    // corrected: saved as a draft
    browser.type("analysis-form:sections:1:gapsAndRisks", "Unga vuxna med spelproblem söker hjälp sent.");
    driver.findElement(By.id("analysis-form:save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Analysen har sparats"));
    JsonObject saved = api.get(coordinator, analysisPath(LAHOLM, group, year)).object();
    soft.assertThat(Json.text(saved, "status")).isEqualTo("DRAFT");
    soft.assertThat(Json.text(saved, "summary")).isEqualTo("Behoven av samordnade insatser för barn ökar i hela kommunen.");
    soft.assertThat(Json.objects(saved.getJsonArray("sections")))
        .extracting(s -> Json.text(s, "targetGroup") + ": " + Json.text(s, "currentPicture") + " / "
            + Json.text(s, "gapsAndRisks") + " / " + Json.text(s, "priorities"))
        .containsExactly(
            "CHILDREN: Fler barn behöver insatser från skola, socialtjänst och BUP. / null / Gemensamma rutiner för SIP i förskolan.",
            "SUBSTANCE_USE: null / Unga vuxna med spelproblem söker hjälp sent. / null");
    soft.assertThat(driver.findElement(By.id("analysis-form:sections:1:gapsAndRisks")).getAttribute("value"))
        .isEqualTo("Unga vuxna med spelproblem söker hjälp sent.");
    browser.scan("analysis, draft saved");

    // completed: the text is shown, the form is gone, it can be reopened
    driver.findElement(By.id("state-form:complete")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Analysen är färdig"));
    soft.assertThat(driver.findElements(By.id("analysis-form"))).as("the form of a completed analysis").isEmpty();
    soft.assertThat(driver.findElement(By.id("analysis-text")).getText())
        .contains("Fler barn behöver insatser från skola, socialtjänst och BUP.");
    soft.assertThat(driver.findElements(By.id("state-form:reopen"))).isNotEmpty();
    soft.assertThat(Json.text(api.get(coordinator, analysisPath(LAHOLM, group, year)).object(), "status"))
        .isEqualTo("COMPLETED");
    browser.scan("analysis, completed");

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }



}
