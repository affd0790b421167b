package se.samverkan.it.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.assignment.Assignments.HYLTE;

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
import org.openqa.selenium.JavascriptExecutor;
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
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * In a real browser: RUG gives an assignment to Hylte's SSGB and is told about a missing
 * description; Hylte's coordinator finds it on the group's page, writes a progress report and
 * submits it; RUG's overview then shows the group in progress. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
public class AssignmentBrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Assignments assignments;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    assignments = new Assignments(new Api(stack), new Tokens(stack));
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    browser.close();
  }

  @Test
  void rugGivesAnAssignmentAndAGroupReportsOnIt() {
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    long hylteSsgb = assignments.groupId(HYLTE, Halland.SSGB);
    String description = Coordination.uniqueName("Utveckla gemensamma rutiner för SIP");

    driver.get(stack.webUrl() + "/");
    browser.logIn(Assignments.RUG);
    wait.until(ExpectedConditions.urlContains("/samverkan/app/region-halland/start"));
    browser.scan("start (RUG)");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rug-assignments"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-form")));
    browser.scan("assignments (RUG)");

    // no description: told beside the field
    browser.setValue("assignment-form:dueDate", (LocalDate.now().plusMonths(3)).toString());
    driver.findElement(By.id("assignment-form:create")).click();
    WebElement error = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("assignment-form:description-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    assertThat(error.getText()).isNotBlank();
    soft.assertThat(driver.findElement(By.id("assignment-form:description")).getAttribute("aria-invalid")).isEqualTo("true");
    browser.scan("assignments after a validation error");

    driver.findElement(By.id("assignment-form:description")).sendKeys(description);
    driver.findElement(By.id("assignment-form:agreementRef")).sendKeys("RÖK avsnitt 5");
    browser.setValue("assignment-form:dueDate", (LocalDate.now().plusMonths(3)).toString());
    new Select(driver.findElement(By.id("assignment-form:targetKind"))).selectByValue("");
    driver.findElement(By.cssSelector("input[name='assignment-form:groupIds'][value='" + hylteSsgb + "']")).click();
    driver.findElement(By.id("assignment-form:create")).click();
    wait.until(ExpectedConditions.urlContains("/samverkan/app/region-halland/assignment?id="));
    WebElement overview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table#overview")));
    assertThat(overview.getText()).contains("Hylte kommun", "SSGB Hylte");
    WebElement progress = driver.findElement(By.cssSelector("table#progress"));
    assertThat(progress.findElement(By.cssSelector("tbody tr:first-child td")).getAttribute("data-value"))
        .as("the one chosen group has not started").isEqualTo("1");
    wait.until(d -> d.findElements(By.cssSelector(".chart-frame canvas")).size() == 1);
    assertThat((Boolean) ((JavascriptExecutor) driver).executeScript("return Object.keys(Chart.instances).length === 1"))
        .as("Chart.js drew the chart above the figures").isTrue();
    browser.scan("assignment overview (RUG)");
    String assignmentUrl = driver.getCurrentUrl();
    driver.findElement(By.id("logout")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/samverkan/app/region-halland"));

    // Hylte's coordinator: the group's page links to the assignment
    driver.get(stack.webUrl() + "/app/hylte/group?id=" + hylteSsgb);
    browser.logIn(Halland.coordinator(HYLTE));
    wait.until(ExpectedConditions.urlContains("/samverkan/app/hylte/group"));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(description))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
    browser.scan("assignment (group)");
    driver.findElement(By.id("report-form:body")).sendKeys("Vi har börjat kartlägga rutinerna.");
    driver.findElement(By.id("report-form:write")).click();
    WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form#reports-form input[type='submit']")));
    browser.scan("assignment with a draft");
    assertThat(assignments.overviewRow(idOf(assignmentUrl), hylteSsgb).getString("status"))
        .as("RUG's overview while the report is a draft").isEqualTo("NOT_STARTED");
    submit.click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form#reports-form input[type='submit']")));
    soft.assertThat(driver.findElement(By.id("reports-heading")).isDisplayed()).isTrue();
    browser.scan("assignment after submitting");
    assertThat(assignments.overviewRow(idOf(assignmentUrl), hylteSsgb).getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(assignments.submitted(idOf(assignmentUrl))).extracting(r -> Json.text(r, "body"))
        .containsExactly("Vi har börjat kartlägga rutinerna.");

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }

  private static long idOf(String url) {
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(url);
    assertThat(id.find()).as("id in %s", url).isTrue();
    return Long.parseLong(id.group(1));
  }




}
