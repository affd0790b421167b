package se.samverkan.tenants.realm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.tenants.AreaDefinition;
import se.samverkan.tenants.AreaDirectory;

/**
 * Command line: writes the realm import files for Keycloak.
 *
 * <pre>
 * KeycloakRealmWriter --tenants DIR --out DIR --web-url URL --web-secret SECRET [--test-realms]
 * </pre>
 */
public final class KeycloakRealmWriter {

  private KeycloakRealmWriter() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = parse(args);
    List<AreaDefinition> areas = AreaDirectory.read(Path.of(required(options, "--tenants")));
    RealmSettings settings =
        new RealmSettings(required(options, "--web-url"), required(options, "--web-secret"));
    boolean testRealms = options.containsKey("--test-realms");
    Path out = Path.of(required(options, "--out"));
    Files.createDirectories(out);
    write(out.resolve("samverkan-realm.json"), KeycloakRealm.samverkan(areas, settings, testRealms));
    if (testRealms) {
      write(out.resolve("elsewhere-realm.json"), KeycloakRealm.foreign(areas));
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw usage("unexpected argument " + args[i]);
      }
      boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
      options.put(args[i], hasValue ? args[++i] : "");
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw usage("missing " + name);
    }
    return value;
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(
        problem
            + "; usage: KeycloakRealmWriter --tenants DIR --out DIR --web-url URL"
            + " --web-secret SECRET [--test-realms]");
  }

  private static void write(Path file, JsonObject realm) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonWriter json =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      json.writeObject(realm);
    }
  }
}
