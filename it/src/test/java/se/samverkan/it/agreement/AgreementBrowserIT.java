package se.samverkan.it.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
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
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * In a real browser: the secretariat starts an agreement (told beside the field about a missing
 * title), writes a section whose stored script shows as text; Varberg answers the consultation;
 * a member searches and compares the demo agreement's two versions. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
public class AgreementBrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Agreements agreements;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    agreements = new Agreements(api, new Tokens(stack));
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    browser.close();
  }

  @Test
  void theSecretariatDraftsAPartyAnswersAndEveryoneReadsAndCompares() {
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    String title = Coordination.uniqueName("Överenskommelse i webbläsaren");

    driver.get(stack.webUrl() + "/app/region-halland/agreements");
    browser.logIn(Agreements.SECRETARIAT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-form")));
    browser.scan("agreements (secretariat)");

    browser.setValue("agreement-form:validFrom", LocalDate.now().minusDays(1).toString());
    browser.setValue("agreement-form:validTo", LocalDate.now().plusYears(2).toString());
    driver.findElement(By.id("agreement-form:create")).click();
    WebElement error = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("agreement-form:title-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    assertThat(error.getText()).isNotBlank();
    soft.assertThat(driver.findElement(By.id("agreement-form:title")).getAttribute("aria-invalid")).isEqualTo("true");
    browser.scan("agreements after a validation error");

    browser.type("agreement-form:title", title);
    browser.setValue("agreement-form:validFrom", LocalDate.now().minusDays(1).toString());
    browser.setValue("agreement-form:validTo", LocalDate.now().plusYears(2).toString());
    driver.findElement(By.id("agreement-form:create")).click();
    wait.until(ExpectedConditions.urlContains("/app/region-halland/agreement?id="));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("section-form")));
    browser.scan("agreement draft (secretariat)");
    long id = idOf(driver.getCurrentUrl());

    browser.type("section-form:heading", "Syfte");
    browser.type("section-form:body", "Vi samarbetar. <script>document.title='kapad'</script> **Viktigt**");
    driver.findElement(By.id("section-form:save-section")).click();
    WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".section-body")));
    assertThat(body.getText()).contains("<script>document.title='kapad'</script>");
    assertThat(driver.findElements(By.cssSelector(".section-body script"))).as("a stored script is text").isEmpty();
    assertThat(driver.findElements(By.cssSelector(".section-body strong"))).hasSize(1);
    assertThat(driver.getTitle()).doesNotContain("kapad");
    browser.scan("agreement draft with a section");

    // the responsibility matrix and the version's own summary, told beside the field when blank
    driver.findElement(By.id("matrix-form:add-responsibility")).click();
    WebElement matrixError = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("matrix-form:targetGroup-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    assertThat(matrixError.getText()).isNotBlank();
    browser.type("matrix-form:targetGroup", "Barn och unga");
    browser.type("matrix-form:regionPart", "Utredning och behandling");
    browser.type("matrix-form:municipalityPart", "Socialtjänstens stöd");
    driver.findElement(By.id("matrix-form:add-responsibility")).click();
    WebElement matrix = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("responsibilities")));
    assertThat(matrix.getText()).contains("Barn och unga", "Socialtjänstens stöd");
    browser.type("description-form:changeSummary", "Första utkastet.");
    driver.findElement(By.id("description-form:describe")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-summary"), "Första utkastet."));
    browser.scan("agreement draft with matrix and summary");
    driver.findElement(By.id("logout")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/app/region-halland"));

    // Varberg answers the consultation in its own space
    agreements.consult(id, 1, LocalDate.now().plusDays(10), List.of(Halland.VARBERG));
    driver.get(stack.webUrl() + "/app/varberg/agreement?id=" + id);
    browser.logIn(Halland.tenantAdmin(Halland.VARBERG));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-form")));
    browser.scan("agreement in consultation (party)");
    browser.type("answer-form:body", "Varberg ställer sig bakom förslaget.");
    driver.findElement(By.id("answer-form:submit-answer")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("answer-form")));
    assertThat(driver.findElement(By.id("answers-heading")).isDisplayed()).isTrue();
    assertThat(driver.getPageSource()).contains("Varberg ställer sig bakom förslaget.");
    browser.scan("agreement after answering");

    // reading: search and the demo agreement's two versions side by side
    driver.get(stack.webUrl() + "/app/varberg/agreements?q=samordnare");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hits-heading")));
    soft.assertThat(driver.findElements(By.cssSelector("#hits li"))).as("search hits").isNotEmpty();
    browser.scan("agreement search");
    long demo = demoAgreement();
    driver.get(stack.webUrl() + "/app/varberg/agreement?id=" + demo);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adoption")));
    soft.assertThat(driver.findElement(By.id("version-status")).getText()).isIn("gällande", "in force");
    browser.scan("agreement in force (party)");
    driver.findElement(By.id("compare-link")).click();
    WebElement changes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changes")));
    soft.assertThat(changes.findElements(By.tagName("ins"))).isNotEmpty();
    soft.assertThat(changes.findElements(By.tagName("del"))).isNotEmpty();
    browser.scan("agreement compare");

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }

  private long demoAgreement() {
    return api.get(agreements.secretariat(), Agreements.path(Halland.REGION)).array().getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("title").startsWith("Regional överenskommelse om samordnade insatser"))
        .mapToLong(Agreements::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the demo agreement is missing"));
  }

  private static long idOf(String url) {
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(url);
    assertThat(id.find()).as("id in %s", url).isTrue();
    return Long.parseLong(id.group(1));
  }
}
