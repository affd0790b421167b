package se.samverkan.it.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.plan.Plans.HYLTE;
import static se.samverkan.it.plan.Plans.id;
import static se.samverkan.it.support.Halland.REGION;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Browser;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * In a real browser: the region's secretariat adds a goal, an activity under it and its cost,
 * is told beside the field about an amount with too many decimals, and sees the year's balance;
 * Hylte's coordinator reads the plan and the portfolio overview. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanBrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Plans plans;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    plans = new Plans(new Api(stack), new Tokens(stack));
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    browser.close();
  }

  @Test
  void theSecretariatAddsAnActivityAndItsCostAndAPartyReadsThePlanAndThePortfolio() {
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    long plan = id(plans.areaPlan());

    driver.get(stack.webUrl() + "/app/" + REGION + "/plans");
    browser.logIn(Halland.user(REGION, "secretariat"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
    browser.scan("plans (secretariat)");
    driver.get(stack.webUrl() + "/app/" + REGION + "/plan?id=" + plan);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("goal-form")));
    browser.scan("plan without goals (secretariat)");

    browser.type("goal-form:number", "1");
    browser.type("goal-form:title", "Fler får samordnat stöd i tid");
    driver.findElement(By.id("goal-form:add-goal")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activity-form")));

    browser.type("activity-form:number", "1");
    browser.type("activity-form:description", "Gemensam utbildning om samordnad individuell plan");
    browser.type("activity-form:responsible", "Regionens utvecklingsenhet");
    browser.type("activity-form:term", "Hösten 2027");
    driver.findElement(By.id("activity-form:add-activity")).click();
    WebElement activities = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.activities")));
    assertThat(activities.getText()).contains("1.1", "Gemensam utbildning om samordnad individuell plan");
    browser.scan("plan with an activity (secretariat)");

    // an amount with three decimals: told beside the field, nothing saved
    new Select(driver.findElement(By.id("cost-form:year"))).selectByValue("2027");
    new Select(driver.findElement(By.id("cost-form:activityId"))).selectByVisibleText("1.1");
    browser.type("cost-form:costType", "Föreläsare");
    browser.type("cost-form:amount", "12 345,505");
    driver.findElement(By.id("cost-form:add-cost")).click();
    WebElement error = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("cost-form:amount-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    assertThat(error.getText()).isNotBlank();
    soft.assertThat(driver.findElement(By.id("cost-form:amount")).getAttribute("aria-invalid")).isEqualTo("true");
    browser.scan("plan after a wrong amount");

    browser.type("cost-form:amount", "12 345,50");
    driver.findElement(By.id("cost-form:add-cost")).click();
    WebElement costs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("costs-2027")));
    wait.until(d -> d.findElement(By.id("costs-2027")).getText().contains("Föreläsare"));
    assertThat(driver.findElement(By.id("costs-2027")).getText()).contains("12 345,50 kr", "1.1");
    assertThat(driver.findElement(By.id("balance-2027")).getText()).contains("12 345,50");
    assertThat(plans.get(plans.secretariat(), REGION, plan).getJsonArray("costs")).hasSize(1);
    browser.scan("plan with a cost (secretariat)");
    driver.findElement(By.id("logout")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/app/" + REGION));

    // Hylte reads the area's plan, without forms, and the portfolio overview
    driver.get(stack.webUrl() + "/app/" + HYLTE + "/plan?id=" + plan);
    browser.logIn(Halland.coordinator(HYLTE));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.activities")));
    soft.assertThat(driver.findElements(By.id("cost-form"))).as("forms for a party").isEmpty();
    browser.scan("plan (Hylte)");
    driver.findElement(By.id("nav-portfolio")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("portfolio-filter")));
    browser.scan("portfolio (Hylte)");
    driver.findElement(By.id("nav-plans")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plans")));
    browser.scan("plans (Hylte)");

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }
}
