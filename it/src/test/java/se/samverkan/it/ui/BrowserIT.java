package se.samverkan.it.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Halland.KUNGSBACKA;

import jakarta.json.JsonObject;
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
 * A Kungsbacka coordinator in a real (headless) browser: logs in through Keycloak, sees
 * Kungsbacka's groups only, adds a member to the SSGB, is told about a missing name, logs out. Each
 * of our pages on the way passes an axe-core scan for WCAG 2.1 A and AA.
 */
@ExtendWith(ArquillianExtension.class)
public class BrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Tokens tokens;
  private Coordination coordination;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    tokens = new Tokens(stack);
    coordination = new Coordination(api, tokens);
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
  void coordinatorLogsInSeesOwnGroupsAddsAMemberAndLogsOut() {
    WebDriver driver = browser.driver();
    // an element of the page being replaced may go stale while it is polled: poll again
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    long ssgb = coordination.groupId(KUNGSBACKA, Halland.SSGB);

    // the application sends an unknown visitor to Keycloak
    driver.get(stack.webUrl() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(driver.getCurrentUrl()).as("login page").startsWith(stack.keycloakUrl() + "/realms/" + Tokens.REALM + "/");
    browser.logIn(Halland.coordinator(KUNGSBACKA));

    // and back home to the start page, then Kungsbacka's groups, no one else's
    wait.until(ExpectedConditions.urlContains("/samverkan/app/kungsbacka/start"));
    WebElement myGroups = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-groups")));
    soft.assertThat(myGroups.getText()).as("the coordinator's own groups").contains("SSGB Kungsbacka", "SSGV Kungsbacka");
    browser.scan("start");
    driver.findElement(By.id("all-groups")).click();
    wait.until(ExpectedConditions.urlContains("/samverkan/app/kungsbacka/groups"));
    WebElement groups = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table#groups")));
    assertThat(groups.getText()).contains("SSGB Kungsbacka", "SSGV Kungsbacka").doesNotContain("Varberg");
    assertThat(groups.findElements(By.cssSelector("tbody tr"))).hasSize(2);
    browser.scan("groups");

    // a group: its members and the form
    groups.findElement(By.linkText("SSGB Kungsbacka")).click();
    wait.until(ExpectedConditions.urlMatches("/samverkan/app/kungsbacka/group\\?id=\\d+"));
    Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(driver.getCurrentUrl());
    assertThat(id.find()).isTrue();
    assertThat(Long.parseLong(id.group(1))).as("the group page's id").isEqualTo(ssgb);
    WebElement members = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table#members")));
    assertThat(members.getText()).contains("Ebba Lindqvist", "Oskar Berglind", "Tove Almgren");
    browser.scan("group");

    // add a member
    // Swedish letters on purpose: what is typed must be what is recorded
    String name = Coordination.uniqueName("Selma Åström-Väänänen");
    fillForm(driver, name, "selma.webbsson@example.org", "region-halland", "Barn- och ungdomshabiliteringen",
        "Beslutar för habiliteringens insatser i Kungsbacka", "CO_OPTED");
    driver.findElement(By.id("member-form:add")).click();
    String suffix = name.substring(name.lastIndexOf(' ') + 1);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table#members"), suffix));
    JsonObject added = memberNamed(ssgb, suffix);
    coordination.forget(KUNGSBACKA, ssgb, added);
    // what was typed is what is recorded and shown (soft: the rest of the walk still runs)
    soft.assertThat(Json.text(added, "name")).as("the name as recorded").isEqualTo(name);
    soft.assertThat(driver.findElement(By.cssSelector("table#members")).getText()).as("the members shown").contains(name);
    soft.assertThat(Json.text(added, "email")).as("e-mail as recorded").isEqualTo("selma.webbsson@example.org");
    soft.assertThat(Json.text(added, "organisation")).as("organisation as recorded").isEqualTo("region-halland");
    soft.assertThat(Json.text(added, "unit")).as("unit as recorded").isEqualTo("Barn- och ungdomshabiliteringen");
    soft.assertThat(Json.text(added, "mandate")).as("mandate as recorded")
        .isEqualTo("Beslutar för habiliteringens insatser i Kungsbacka");
    soft.assertThat(Json.text(added, "role")).as("role as recorded").isEqualTo("CO_OPTED");
    browser.scan("group after adding a member");

    // a member without a name: told next to the field, nothing added
    int rowsBefore = driver.findElements(By.cssSelector("table#members tbody tr")).size();
    int recordedBefore = coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgb).size();
    fillForm(driver, "", "", KUNGSBACKA, "Förskolan", "Beslutar för förskolans barnhälsa", "MEMBER");
    driver.findElement(By.id("member-form:add")).click();
    WebElement nameError =
        wait.until(d -> {
          List<WebElement> found = d.findElements(By.id("member-form:name-error"));
          return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
        });
    assertThat(nameError.getText()).as("message for the missing name").isNotBlank();
    soft.assertThat(driver.findElement(By.id("member-form:name")).getAttribute("aria-invalid"))
        .as("aria-invalid of the name field with an error").isEqualTo("true");
    assertThat(driver.findElements(By.cssSelector("table#members tbody tr"))).hasSize(rowsBefore);
    assertThat(coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, ssgb))
        .as("SSGB's members after the refused form").hasSize(recordedBefore);
    browser.scan("group after a validation error");

    // log out: the next visit needs a login again
    driver.findElement(By.id("logout")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/samverkan/app/kungsbacka/group"));
    driver.get(stack.webUrl() + "/app/kungsbacka/groups");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(driver.getCurrentUrl()).as("after logging out").startsWith(stack.keycloakUrl());
    assertThat(driver.findElements(By.cssSelector("table#groups"))).isEmpty();

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }

  @Test
  void anotherMunicipalitysPagesAreRefused() {
    WebDriver driver = browser.driver();
    // an element of the page being replaced may go stale while it is polled: poll again
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    long kungsbackaSsgb = coordination.groupId(KUNGSBACKA, Halland.SSGB);

    driver.get(stack.webUrl() + "/");
    browser.logIn(Halland.coordinator(Halland.VARBERG));
    wait.until(ExpectedConditions.urlContains("/samverkan/app/varberg/start"));
    driver.findElement(By.id("nav-groups")).click();
    wait.until(ExpectedConditions.urlContains("/samverkan/app/varberg/groups"));
    WebElement groups = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table#groups")));
    assertThat(groups.getText()).contains("SSGB Varberg", "SSGV Varberg").doesNotContain("Kungsbacka");
    soft.assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as("language of the page").isEqualTo("sv");
    soft.assertThat(driver.findElements(By.cssSelector("a[href='#main']"))).as("skip link to the content").isNotEmpty();

    // Kungsbacka's space: refused, nothing of it shown
    for (String path : List.of("/app/kungsbacka/groups", "/app/kungsbacka/group?id=" + kungsbackaSsgb)) {
      driver.get(stack.webUrl() + path);
      wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
      soft.assertThat(responseStatus(driver)).as("status of %s", path).isEqualTo(403);
      assertNothingOfKungsbacka(soft, driver, path);
    }
    browser.scan("refused page (403)");

    // Kungsbacka's group under Varberg's own space: no such group
    String mixed = "/app/varberg/group?id=" + kungsbackaSsgb;
    driver.get(stack.webUrl() + mixed);
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    soft.assertThat(responseStatus(driver)).as("status of %s", mixed).isEqualTo(404);
    assertNothingOfKungsbacka(soft, driver, mixed);
    browser.scan("not found page (404)");

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }

  private static void assertNothingOfKungsbacka(SoftAssertions soft, WebDriver driver, String path) {
    String text = driver.findElement(By.tagName("body")).getText();
    soft.assertThat(text).as("page %s", path)
        .doesNotContain("SSGB Kungsbacka", "SSGV Kungsbacka", "Ebba Lindqvist", "Oskar Berglind", "Tove Almgren");
    soft.assertThat(driver.findElements(By.cssSelector("table#groups, table#members, form#member-form")))
        .as("tables and forms on %s", path).isEmpty();
  }

  /** The HTTP status of the page now shown, as the browser received it (Navigation Timing). */
  private static Object responseStatus(WebDriver driver) {
    Object status = ((JavascriptExecutor) driver)
        .executeScript("const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null;");
    return status instanceof Number n ? n.intValue() : status;
  }


  private void fillForm(WebDriver driver, String name, String email, String organisation, String unit,
      String mandate, String role) {
    browser.type("member-form:name", name);
    browser.type("member-form:email", email);
    new Select(driver.findElement(By.id("member-form:organisation"))).selectByValue(organisation);
    browser.type("member-form:unit", unit);
    browser.type("member-form:mandate", mandate);
    new Select(driver.findElement(By.id("member-form:role"))).selectByValue(role);
  }




  /** The member whose (unique) name ends with {@code suffix}, as the API reports it. */
  private JsonObject memberNamed(long group, String suffix) {
    return coordination.members(Halland.coordinator(KUNGSBACKA), KUNGSBACKA, group).stream()
        .filter(m -> String.valueOf(Json.text(m, "name")).endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no member named …" + suffix + " in the API after adding it in the UI"));
  }

}
