package se.samverkan.it.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the operating system (Debian's chromium and chromium-driver), driven by
 * Selenium with the driver given explicitly, so Selenium Manager never downloads anything.
 */
public final class Browser implements AutoCloseable {

  /** What the accessibility scan checks: WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Path profile;
  private final ChromeDriver driver;
  /** The axe-core scans of this browser's walk: page (and address) to its violations. */
  private final Map<String, List<String>> scans = new LinkedHashMap<>();

  private Browser(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  public static Browser start() {
    File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    File chromedriver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      throw new IllegalStateException(
          "the browser tests need " + chromium + " and " + chromedriver
              + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("samverkan-it-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(profile, driver);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * A wait of 30 s that polls again when an element of a page being replaced goes stale. Chromium
   * 156 reports some such reads not as stale but as an "unknown error" ("Node with given id does
   * not belong to the document"), so any WebDriverException while polling means "poll again"; a
   * lasting failure still ends in the timeout, with the last exception as its cause.
   */
  public WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(WebDriverException.class);
    return wait;
  }

  /** Logs in on Keycloak's page, which the application has sent the browser to. */
  public void logIn(String username) {
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
  }

  /** Replaces a field's text with {@code text} (empty: leaves it empty). */
  public void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    if (!text.isEmpty()) {
      field.sendKeys(text);
    }
  }

  /**
   * Sets a date or time input's value as the form sends it; typed keys would follow the
   * browser's locale.
   */
  public void setValue(String id, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
  }

  /** Scans the page as it is now with axe-core and keeps the result under {@code page}. */
  public void scan(String page) {
    scans.put(page + " (" + driver.getCurrentUrl() + ")", accessibilityViolations());
  }

  /** Every scan of this walk so far: page to violations (empty when the page passed). */
  public Map<String, List<String>> scans() {
    return Collections.unmodifiableMap(scans);
  }

  /** The scans as text, for an assertion's message. */
  public String scanReport() {
    StringBuilder text = new StringBuilder();
    scans.forEach((page, violations) -> {
      text.append("  ").append(page).append(": ").append(violations.size()).append(" violation(s)\n");
      violations.forEach(v -> text.append("    - ").append(v).append('\n'));
    });
    return text.toString();
  }

  /** Runs axe-core on the page as it is now; returns a readable report of each violation. */
  public List<String> accessibilityViolations() {
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    if (results.isErrored()) {
      throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
    }
    return results.getViolations().stream().map(Browser::describe).toList();
  }

  private static String describe(Rule rule) {
    StringBuilder text = new StringBuilder();
    text.append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp());
    text.append(" <").append(rule.getHelpUrl()).append('>');
    for (CheckedNode node : rule.getNodes()) {
      text.append("\n      node ").append(node.getTarget()).append(": ").append(node.getHtml());
      if (node.getFailureSummary() != null) {
        text.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
      }
    }
    return text.toString();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary folder: what stays is removed with the machine's temporary files
      }
    }
  }
}
