package se.samverkan.it.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The running test stack as {@code deploy/samverkan start} (profile {@code test}) describes it in
 * {@code .local/test/stack.properties}: database, Keycloak and Payara addresses and credentials.
 */
public final class Stack {

  private final Path root;
  private final Properties properties;

  private Stack(Path root, Properties properties) {
    this.root = root;
    this.properties = properties;
  }

  /** Reads the stack's description; fails when the stack has not been started. */
  public static Stack load() {
    Path root = root();
    Path file = root.resolve(".local/test/stack.properties");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing: the test stack is started by the build (deploy/samverkan start"
              + " --no-deploy with SAMVERKAN_PROFILE=test) before the integration tests");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Stack(root, properties);
  }

  /** The repository's root: given by the build, else the nearest folder up that has deploy/. */
  public static Path root() {
    String given = System.getProperty("samverkan.root");
    if (given != null && !given.isBlank()) {
      return Path.of(given).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("deploy")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root; set -Dsamverkan.root");
  }

  /** The EAR the build made, which the tests deploy. */
  public static Path ear() {
    String given = System.getProperty("samverkan.ear");
    Path ear =
        given != null && !given.isBlank()
            ? Path.of(given)
            : root().resolve("ear/target/samverkan.ear");
    if (!Files.isRegularFile(ear)) {
      throw new IllegalStateException(ear + " is missing: build the ear module first");
    }
    return ear.toAbsolutePath().normalize();
  }

  public Path rootDir() {
    return root;
  }

  public String get(String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("stack.properties has no " + key);
    }
    return value.trim();
  }

  public String dbUrl() {
    return get("db.url");
  }

  public String ownerUser() {
    return get("db.owner.user");
  }

  public String ownerPassword() {
    return get("db.owner.password");
  }

  public String appUser() {
    return get("db.app.user");
  }

  public String appPassword() {
    return get("db.app.password");
  }

  /** Keycloak's base address, e.g. http://localhost:9180. */
  public String keycloakUrl() {
    return stripSlash(get("keycloak.url"));
  }

  /** The application's base address, e.g. http://localhost:9080/samverkan. */
  public String webUrl() {
    return stripSlash(get("web.url"));
  }

  /** The local mailbox's web API, e.g. http://localhost:9026 (see {@link Mailbox}). */
  public String mailboxUrl() {
    return stripSlash(get("mailbox.url"));
  }

  public int httpPort() {
    return Integer.parseInt(get("payara.http.port"));
  }

  public int adminPort() {
    return Integer.parseInt(get("payara.admin.port"));
  }

  /** An address under the application's REST API, e.g. {@code api("/spaces")}. */
  public URI api(String path) {
    return URI.create(webUrl() + "/api" + path);
  }

  /** An address under the application, e.g. {@code web("/app/kungsbacka/groups")}. */
  public URI web(String path) {
    return URI.create(webUrl() + path);
  }

  /** An address on the server outside the application, e.g. {@code server("/health/ready")}. */
  public URI server(String path) {
    URI web = URI.create(webUrl());
    return URI.create(web.getScheme() + "://" + web.getHost() + ":" + httpPort() + path);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
