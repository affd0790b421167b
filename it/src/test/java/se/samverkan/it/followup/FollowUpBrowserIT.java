package se.samverkan.it.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.followup.FollowUps.FALKENBERG;

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
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * The yearly round in a real browser: a coordinator starts, fills in and submits the group's
 * follow-up; RUG returns it with a comment; the coordinator sees the comment, changes an answer
 * and submits again; RUG approves it from the dashboard's round. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
public class FollowUpBrowserIT {

  private static final int YEAR = 2024;

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private FollowUps followUps;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    followUps = new FollowUps(new Api(stack), new Tokens(stack));
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    browser.close();
  }

  @Test
  void aCoordinatorSubmitsRugReturnsTheGroupResubmitsRugApproves() {
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    long group = followUps.newGroup(FALKENBERG);
    String page = stack.webUrl() + "/app/" + FALKENBERG + "/followup?group=" + group + "&year=" + YEAR;

    driver.get(stack.webUrl() + "/");
    browser.logIn(Halland.coordinator(FALKENBERG));
    wait.until(ExpectedConditions.urlContains("/samverkan/app/falkenberg/start"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-followup"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followup-groups")));
    browser.scan("follow-up: the groups");

    driver.get(page);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("start-form:start")));
    browser.scan("follow-up not started");
    driver.findElement(By.id("start-form:start")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
    browser.scan("follow-up draft, prefilled");
    for (WebElement text : driver.findElements(By.cssSelector("textarea[id$=':text']"))) {
      text.sendKeys("Gruppen har mötts varje månad och följt upp sina avvikelser.");
    }
    driver.findElement(By.id("report-form:save")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("report-form:submit"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-form:submit")));
    browser.scan("follow-up submitted");
    assertThat(followUps.latestSubmission(group, YEAR).getString("status")).isEqualTo("SUBMITTED");
    logOut(driver, wait);

    // RUG returns it with a comment; without one it is told beside the field
    long first = followUps.latestSubmission(group, YEAR).getJsonNumber("id").longValue();
    driver.get(stack.webUrl() + "/app/region-halland/followup-review?id=" + first);
    browser.logIn(Halland.user(Halland.REGION, "rug"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("review-form:return"))).click();
    wait.until(d -> !d.findElements(By.id("review-form:comment-error")).isEmpty()
        && !d.findElement(By.id("review-form:comment-error")).getText().isBlank());
    browser.scan("review with a missing comment");
    driver.findElement(By.id("review-form:comment")).sendKeys("Beskriv gärna strukturerna mer konkret.");
    driver.findElement(By.id("review-form:return")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("review-form:return")));
    browser.scan("review after returning");
    logOut(driver, wait);

    // the coordinator sees RUG's comment, changes an answer and submits again
    driver.get(page);
    browser.logIn(Halland.coordinator(FALKENBERG));
    WebElement comment = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-comment")));
    assertThat(comment.getText()).contains("Beskriv gärna strukturerna mer konkret.");
    browser.scan("follow-up returned");
    WebElement firstText = driver.findElements(By.cssSelector("textarea[id$=':text']")).get(0);
    firstText.clear();
    firstText.sendKeys("Gruppen har infört en gemensam kontaktlista.");
    driver.findElement(By.id("report-form:save")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("report-form:submit"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-form:submit")));
    logOut(driver, wait);

    // RUG: the round's dashboard, then the new submission, approved
    driver.get(stack.webUrl() + "/app/region-halland/followup-dashboard?year=" + YEAR);
    browser.logIn(Halland.user(Halland.REGION, "rug"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
    wait.until(d -> d.findElements(By.cssSelector(".chart-frame canvas")).size() == 1);
    browser.scan("follow-up round (RUG)");
    long second = followUps.latestSubmission(group, YEAR).getJsonNumber("id").longValue();
    assertThat(second).isNotEqualTo(first);
    driver.get(stack.webUrl() + "/app/region-halland/followup-review?id=" + second);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("review-form:approve"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form:reopen")));
    browser.scan("review after approving");
    assertThat(followUps.latestSubmission(group, YEAR).getString("status")).isEqualTo("APPROVED");
    driver.get(stack.webUrl() + "/app/region-halland/indicator-sets");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sets")));
    browser.scan("indicator sets (RUG)");
    driver.findElement(By.cssSelector("#sets a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicators")));
    browser.scan("one indicator set (RUG)");

    SoftAssertions soft = new SoftAssertions();
    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((name, violations) -> assertThat(violations).as(name).isEmpty());
    soft.assertAll();
  }

  private static void logOut(WebDriver driver, WebDriverWait wait) {
    driver.findElement(By.id("logout")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/samverkan/app/"));
  }
}
