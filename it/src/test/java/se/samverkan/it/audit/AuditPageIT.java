package se.samverkan.it.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Halland.VARBERG;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
 * Varberg's administrator finds a coordinator's change in the trail page, filters it, is told
 * beside the field when a day cannot be read; a coordinator has no such page. Every state passes
 * axe-core.
 */
@ExtendWith(ArquillianExtension.class)
public class AuditPageIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Coordination coordination;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    Api api = new Api(stack);
    coordination = new Coordination(api, new Tokens(stack));
    browser = Browser.start();
  }

  @AfterEach
  void tearDown() {
    browser.close();
    coordination.cleanUp();
  }

  @Test
  void theAdministratorReadsAndFiltersTheTrail() {
    Coordination.Made member = coordination.add(VARBERG, coordination.groupId(VARBERG, Halland.SSGB));
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();

    driver.get(stack.webUrl() + "/app/varberg/start");
    browser.logIn(Halland.tenantAdmin(VARBERG));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-audit"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("events")));
    browser.scan("audit trail");

    browser.type("type", "group_member");
    browser.type("objectId", String.valueOf(member.id()));
    new Select(driver.findElement(By.id("action"))).selectByValue("CREATE");
    driver.findElement(By.id("filter")).click();
    wait.until(ExpectedConditions.urlContains("objectId=" + member.id()));
    assertThat(driver.findElements(By.cssSelector("#events tbody tr"))).hasSize(1);
    assertThat(driver.findElement(By.id("events")).getText())
        .contains(Halland.coordinator(VARBERG) + "@example.org", Json.text(member.member(), "name"));
    assertThat(driver.findElement(By.id("export")).getAttribute("href"))
        .contains("/app/varberg/audit-export?", "objectId=" + member.id(), "action=CREATE");
    browser.scan("audit trail, filtered");

    driver.get(stack.webUrl() + "/app/varberg/audit?from=2026-02-30");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("from-error")));
    assertThat(driver.findElement(By.id("from-error")).getText()).contains("ÅÅÅÅ-MM-DD");
    assertThat(driver.findElement(By.id("from")).getAttribute("aria-invalid")).isEqualTo("true");
    browser.scan("audit trail, unreadable day");

    assertThat(browser.scans()).as(browser.scanReport()).allSatisfy((page, violations) -> assertThat(violations).isEmpty());
  }

  @Test
  void aCoordinatorHasNoTrailPage() {
    WebDriver driver = browser.driver();
    driver.get(stack.webUrl() + "/app/varberg/start");
    browser.logIn(Halland.coordinator(VARBERG));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-groups")));
    assertThat(driver.findElements(By.id("nav-audit"))).isEmpty();

    driver.get(stack.webUrl() + "/app/varberg/audit");
    assertThat(driver.findElements(By.id("events"))).isEmpty();
    assertThat(driver.getPageSource()).doesNotContain(Halland.coordinator(VARBERG) + "@example.org");
  }
}
