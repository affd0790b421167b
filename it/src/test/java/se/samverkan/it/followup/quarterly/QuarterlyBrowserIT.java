package se.samverkan.it.followup.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.followup.quarterly.Quarterlies.id;
import static se.samverkan.it.support.Halland.REGION;
import static se.samverkan.it.support.Halland.VARBERG;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import se.samverkan.it.support.Browser;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Stack;

/**
 * In a real browser, Varberg's coordinator uploads a file with a bad row through the plain form
 * (told beside the field, nothing imported), then a good one, and reads the indicator's page: the
 * figures table with every municipality and the mean, the chart drawn above it, the trends in
 * words. The demo indicators' page shows twelve quarters. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
public class QuarterlyBrowserIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Quarterlies quarterlies;
  private Browser browser;
  private Path file;

  @BeforeEach
  void setUp() throws IOException {
    stack = Stack.load();
    quarterlies = new Quarterlies(stack);
    browser = Browser.start();
    file = Files.createTempFile("kvartal", ".csv");
  }

  @AfterEach
  void tearDown() throws IOException {
    browser.close();
    Files.deleteIfExists(file);
  }

  @Test
  void aPartyUploadsItsFiguresAndReadsTheChartAndTrends() throws Exception {
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    JsonObject definition = quarterlies.define("DAYS", "2024-Q1", null);
    long indicator = id(definition);
    String code = Json.text(definition, "code");

    driver.get(stack.webUrl() + "/app/" + VARBERG + "/quarterly-indicators");
    browser.logIn(Halland.coordinator(VARBERG));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form")));
    browser.scan("quarterly indicators (coordinator)");

    // a bad row: nothing imported, the row named beside the field
    Files.writeString(file, "definition_code;quarter;value\n" + code + ";2024-Q1;3,5\n" + code + ";2024-Q2;ingen\n",
        StandardCharsets.UTF_8);
    driver.findElement(By.id("file")).sendKeys(file.toString());
    driver.findElement(By.id("upload")).click();
    WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-problems")));
    assertThat(problems.getText()).contains("Rad 3", "ingen");
    soft.assertThat(driver.findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
    soft.assertThat(quarterlies.rows(VARBERG, indicator)).isZero();
    browser.scan("quarterly indicators after a bad file");

    // eight quarters, so the page has a trend: falling days are better
    StringBuilder good = new StringBuilder("definition_code;quarter;value\n");
    String[] quarters = {"2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"};
    for (int q = 0; q < quarters.length; q++) {
      good.append(code).append(';').append(quarters[q]).append(';').append(6 - q * 0.5).append('\n');
    }
    Files.writeString(file, good.toString().replace('.', ','), StandardCharsets.UTF_8);
    driver.findElement(By.id("file")).sendKeys(file.toString());
    driver.findElement(By.id("upload")).click();
    WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-done")));
    assertThat(done.getText()).contains("8");
    soft.assertThat(quarterlies.rows(VARBERG, indicator)).isEqualTo(8);

    driver.get(stack.webUrl() + "/app/" + VARBERG + "/quarterly-indicator?id=" + indicator);
    WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figures")));
    List<WebElement> headers = table.findElements(By.cssSelector("thead th"));
    soft.assertThat(headers).as("quarter, six municipalities, the mean").hasSize(8);
    soft.assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(8);
    soft.assertThat(table.findElement(By.cssSelector("tbody tr")).getText()).contains("2024-Q1", "6");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart-frame canvas")));
    soft.assertThat(driver.findElement(By.id("trends")).getText()).contains("Varberg", "Bättre");
    soft.assertThat(driver.findElement(By.id("area-trend")).getText()).contains("Bättre");
    browser.scan("quarterly indicator with a chart");

    // the demo indicators: twelve quarters of six municipalities
    driver.findElement(By.id("nav-quarterly")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicators")));
    driver.findElement(By.partialLinkText("Återinskrivningar inom 30 dagar")).click();
    WebElement demo = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figures")));
    soft.assertThat(demo.findElements(By.cssSelector("tbody tr"))).hasSize(12);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart-frame canvas")));
    browser.scan("demo indicator");

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }

  @Test
  void rugDefinesAnIndicatorAndAPartyTypesAFigure() throws Exception {
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.waiting();
    SoftAssertions soft = new SoftAssertions();
    String code = Quarterlies.uniqueCode();

    driver.get(stack.webUrl() + "/app/" + REGION + "/quarterly-indicators");
    browser.logIn(Halland.user(REGION, "rug"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("definition-form")));
    soft.assertThat(driver.findElements(By.id("upload-form"))).as("RUG reports no municipality's figures").isEmpty();
    browser.scan("quarterly indicators (RUG)");

    // the name left out and a quarter mistyped: told beside each field, nothing defined
    browser.type("definition-form:code", code);
    browser.type("definition-form:nameEn", "Readmissions within 30 days, test");
    browser.type("definition-form:activeFrom", "2024-Q5");
    driver.findElement(By.id("definition-form:create")).click();
    WebElement nameError = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("definition-form:nameSv-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    soft.assertThat(nameError.getText()).isNotBlank();
    soft.assertThat(driver.findElement(By.id("definition-form:activeFrom-error")).getText()).contains("2025-Q3");
    soft.assertThat(driver.findElement(By.id("definition-form:nameSv")).getAttribute("aria-invalid")).isEqualTo("true");
    browser.scan("quarterly indicators after a bad definition");

    browser.type("definition-form:nameSv", "Återinskrivningar inom 30 dagar, test");
    browser.type("definition-form:activeFrom", "2024-Q1");
    new Select(driver.findElement(By.id("definition-form:unit"))).selectByValue("PERCENT");
    driver.findElement(By.id("definition-form:create")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-figures")));
    soft.assertThat(driver.findElement(By.id("code")).getText()).isEqualTo(code);
    browser.scan("a new indicator (RUG)");
    String address = driver.getCurrentUrl().replace("/app/" + REGION + "/", "/app/" + VARBERG + "/");
    // the same code again: refused beside the code field, in the page's language
    driver.get(stack.webUrl() + "/app/" + REGION + "/quarterly-indicators");
    browser.type("definition-form:code", code);
    browser.type("definition-form:nameSv", "Dubblett");
    browser.type("definition-form:nameEn", "Duplicate");
    browser.type("definition-form:activeFrom", "2024-Q1");
    driver.findElement(By.id("definition-form:create")).click();
    WebElement codeError = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("definition-form:code-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    soft.assertThat(codeError.getText()).contains("redan");
    driver.findElement(By.id("logout")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/app/" + REGION));

    // Varberg's coordinator types a figure: a quarter outside the period first
    driver.get(address);
    browser.logIn(Halland.coordinator(VARBERG));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figure-form")));
    soft.assertThat(driver.findElements(By.id("definition-form"))).as("a party keeps no definitions").isEmpty();
    browser.type("figure-form:quarter", "2023-Q4");
    browser.type("figure-form:value", "4,5");
    driver.findElement(By.id("figure-form:report")).click();
    WebElement quarterError = wait.until(d -> {
      List<WebElement> found = d.findElements(By.id("figure-form:quarter-error"));
      return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
    });
    soft.assertThat(quarterError.getText()).contains("2023-Q4");
    browser.type("figure-form:quarter", "2024-Q1");
    browser.type("figure-form:value", "4,5");
    driver.findElement(By.id("figure-form:report")).click();
    WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figures")));
    soft.assertThat(table.getText()).contains("2024-Q1", "4,5");
    browser.scan("an indicator with a typed figure");

    System.out.println("axe-core scans:\n" + browser.scanReport());
    soft.assertThat(browser.scans())
        .as("axe-core violations (WCAG 2.1 A/AA) per page:%n%s", browser.scanReport())
        .allSatisfy((page, violations) -> assertThat(violations).as(page).isEmpty());
    soft.assertAll();
  }
}
