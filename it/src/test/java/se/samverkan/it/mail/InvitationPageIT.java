package se.samverkan.it.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.it.support.Coordination.memberBody;
import static se.samverkan.it.support.Coordination.uniqueName;
import static se.samverkan.it.support.Halland.SSGB;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkan.it.support.Api;
import se.samverkan.it.support.Browser;
import se.samverkan.it.support.Coordination;
import se.samverkan.it.support.Deployments;
import se.samverkan.it.support.Halland;
import se.samverkan.it.support.Json;
import se.samverkan.it.support.Mailbox;
import se.samverkan.it.support.Stack;
import se.samverkan.it.support.Tokens;

/**
 * Hylte's coordinator in a real browser: the member list says when each member was invited, and
 * the button beside a member sends the invitation again (a second mail, a newer date).
 */
@ExtendWith(ArquillianExtension.class)
public class InvitationPageIT {

  private static final String HYLTE = "hylte";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private Stack stack;
  private Api api;
  private Coordination coordination;
  private Mailbox mailbox;
  private Browser browser;

  @BeforeEach
  void setUp() {
    stack = Stack.load();
    api = new Api(stack);
    coordination = new Coordination(api, new Tokens(stack));
    mailbox = new Mailbox(stack);
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
  void theMemberListShowsWhenAMemberWasInvitedAndSendsItAgain() {
    long ssgb = coordination.groupId(HYLTE, SSGB);
    String address = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String name = uniqueName("Inbjudningssida");
    Coordination.Made member = coordination.add(HYLTE, ssgb,
        Json.with(memberBody(name, HYLTE), "email", address));
    Instant firstInvited = Instant.parse(Json.text(member.member(), "invitedAt"));
    mailbox.await(address, m -> true, 1, WAIT);

    WebDriver driver = browser.driver();
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    String page = stack.webUrl() + "/app/" + HYLTE + "/group?id=" + ssgb;
    driver.get(page);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(Halland.coordinator(HYLTE));
    driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table#members")));
    if (!driver.getCurrentUrl().startsWith(page)) {
      driver.get(page);
    }

    WebElement row = row(wait, name);
    assertThat(row.getText()).as("the member's row").contains("Inbjuden " + swedishDay(firstInvited));
    assertThat(browser.accessibilityViolations()).as("axe on the group page with invitations").isEmpty();

    row.findElement(By.cssSelector("input[value='Skicka inbjudan igen']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Inbjudan har skickats."));

    mailbox.await(address, m -> true, 2, WAIT);
    Instant secondInvited = Instant.parse(Json.text(api.get(new Tokens(stack).of(Halland.coordinator(HYLTE)),
        member.path()).object(), "invitedAt"));
    assertThat(secondInvited).isAfter(firstInvited);
    assertThat(row(wait, name).getText()).contains("Inbjuden " + swedishDay(secondInvited));
  }

  private static WebElement row(WebDriverWait wait, String name) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//table[@id='members']//tr[td[normalize-space()='" + name + "']]")));
  }

  private static LocalDate swedishDay(Instant at) {
    return LocalDate.ofInstant(at, ZoneId.of("Europe/Stockholm"));
  }
}
