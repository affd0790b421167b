package se.samverkan.it.followup.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkan.it.support.Browser;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;

/**
 * In a real browser: RUG opens a year's compilation from the list, sees the figures as tables with
 * charts drawn above them, writes the priorities and publishes; Varberg's member then finds it in
 * the list of published follow-ups. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
public class RegionalFollowupBrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Scenario scenario;
  private Browser browser;

  @BeforeEach
  void setUp() throws SQLException {
    stack = Stack.load();
    scenario = new Scenario(new Database(stack));
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    browser.close();
  }

  @Test
  void rugCompilesWritesAndPublishesAndTheAreaReadsIt() {
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    int year = scenario.reports.year;

    driver.get(stack.webUrl() + "/app/" + Halland.REGION + "/regional-followups");
    browser.logIn(Halland.user(Halland.REGION, "rug"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-form")));
    browser.scan("regional follow-ups (RUG)");
    // the year is far ahead: typed into the address the form would make
    driver.get(stack.webUrl() + "/app/" + Halland.REGION + "/regional-followup?year=" + year + "&audience=children");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("texts-form")));
    WebElement table = driver.findElement(By.cssSelector("table.chart[data-chart='bar']"));
    assertThat(table.getText()).contains(scenario.names.get(Halland.KUNGSBACKA),
        scenario.expectedNumber(Halland.KUNGSBACKA).toPlainString());
    assertThat(driver.findElement(By.id("missing")).getText()).contains(Scenario.group("halmstad"));
    wait.until(d -> d.findElements(By.cssSelector(".chart-frame canvas")).size() >= 2);
    assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
        "return Object.values(Chart.instances).some(function (c) { return c.config.type === 'line'; })"))
        .as("a line chart over the years").isTrue();
    browser.scan("regional follow-up (RUG, working)");

    driver.findElement(By.id("texts-form:prioritiesText")).sendKeys("Gemensam utbildning i SIP för alla SSGB.");
    driver.findElement(By.id("texts-form:save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("priorities"), "Gemensam utbildning i SIP"));
    driver.findElement(By.id("publish-form:publish")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("last-published")));
    browser.scan("regional follow-up (RUG, after publishing)");
    driver.findElement(By.id("logout")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/samverkan/app/region-halland"));

    driver.get(stack.webUrl() + "/app/" + Halland.VARBERG + "/regional-followups");
    browser.logIn(Halland.member(Halland.VARBERG));
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("table#published a[href*='year=" + year + "&audience=children']")));
    browser.scan("regional follow-ups (Varberg)");
    link.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compilation-status")));
    soft.assertThat(driver.findElement(By.id("priorities")).getText()).contains("Gemensam utbildning i SIP");
    soft.assertThat(driver.findElements(By.id("texts-form"))).as("no form for a municipality").isEmpty();
    soft.assertThat(driver.findElement(By.id("export-pdf")).getAttribute("href")).contains("format=pdf");
    wait.until(d -> d.findElements(By.cssSelector(".chart-frame canvas")).size() >= 2);
    browser.scan("regional follow-up (Varberg, published)");

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }
}
