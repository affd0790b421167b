package se.samverkan.it.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code deploy/samverkan} against the running test stack, with the ports the stack was
 * started on (read from its description, so the command finds the same servers).
 */
public final class DeployScript {

  private final Stack stack;

  public DeployScript(Stack stack) {
    this.stack = stack;
  }

  public record Run(int exit, String output) {}

  public Run run(long timeoutSeconds, String... arguments) {
    List<String> command = new ArrayList<>(List.of(stack.rootDir().resolve("deploy/samverkan").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("SAMVERKAN_PROFILE", "test");
    env.put("SAMVERKAN_PG_PORT", String.valueOf(URI.create(stack.dbUrl().substring("jdbc:".length())).getPort()));
    env.put("SAMVERKAN_KC_PORT", String.valueOf(URI.create(stack.keycloakUrl()).getPort()));
    env.put("SAMVERKAN_PAYARA_PORTBASE", String.valueOf(stack.httpPort() - 80));
    env.put("SAMVERKAN_SMTP_PORT", stack.get("mail.smtp.port"));
    env.put("SAMVERKAN_MAILBOX_PORT", String.valueOf(URI.create(stack.mailboxUrl()).getPort()));
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      // read while it runs: a full pipe would stop the script
      StringBuilder output = new StringBuilder();
      Thread reader = new Thread(() -> {
        try {
          output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          output.append("reading the output failed: ").append(e);
        }
      });
      reader.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
      }
      reader.join(10_000);
      return new Run(process.exitValue(), output.toString());
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
