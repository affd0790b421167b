package se.samverkan.tenants;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every {@code *.json} file of a directory as one collaboration area and checks that the
 * areas together make sense: ids are slugs and unique across the country, every area has exactly
 * one region, members come from a known organisation of their area.
 */
public final class AreaDirectory {

  /** Ids become URL segments and database keys: lower-case slugs. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");

  private static final Set<String> GROUP_KINDS = Set.of("SSGB", "SSGV", "OTHER");
  private static final Set<String> MEMBER_ROLES = Set.of("COORDINATOR", "MEMBER", "CO_OPTED");

  private AreaDirectory() {}

  public static List<AreaDefinition> read(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new InvalidAreaFileException("tenant directory not found: " + directory);
    }
    List<AreaDefinition> areas = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        areas.add(readFile(file));
      }
    } catch (IOException e) {
      throw new InvalidAreaFileException("cannot list " + directory, e);
    }
    checkUniqueAcrossAreas(areas);
    return List.copyOf(areas);
  }

  static AreaDefinition readFile(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader json = Json.createReader(in)) {
      return new FileParser(file.getFileName().toString()).area(json.readObject());
    } catch (IOException | JsonException | ClassCastException e) {
      throw new InvalidAreaFileException(file + ": not a readable area file: " + e.getMessage(), e);
    }
  }

  private static void checkUniqueAcrossAreas(List<AreaDefinition> areas) {
    Set<String> seen = new HashSet<>();
    for (AreaDefinition area : areas) {
      if (!seen.add("area:" + area.id())) {
        throw new InvalidAreaFileException("area id used twice: " + area.id());
      }
      for (TenantDefinition tenant : area.tenants()) {
        if (!seen.add(tenant.id())) {
          throw new InvalidAreaFileException("tenant or organisation id used twice: " + tenant.id());
        }
      }
      for (UserOrganisationDefinition org : area.userOrganisations()) {
        if (!seen.add(org.id())) {
          throw new InvalidAreaFileException("tenant or organisation id used twice: " + org.id());
        }
      }
    }
  }

  /** Parses one file, naming the JSON path of anything wrong. */
  private static final class FileParser {
    private final String file;

    FileParser(String file) {
      this.file = file;
    }

    AreaDefinition area(JsonObject root) {
      JsonObject area = object(root, "area", "area");
      List<TenantDefinition> tenants = list(root, "tenants", "tenants", this::tenant);
      List<UserOrganisationDefinition> organisations =
          list(root, "userOrganisations", "userOrganisations", this::organisation);
      AreaDefinition definition =
          new AreaDefinition(id(area, "area.id"), text(area, "name", "area.name"), tenants, organisations,
              area.getBoolean("demoTerm", false));
      long regions = tenants.stream().filter(t -> t.kind() == TenantKind.REGION).count();
      if (regions != 1) {
        throw invalid("tenants", "an area has exactly one region, found " + regions);
      }
      for (TenantDefinition tenant : tenants) {
        for (GroupDefinition group : tenant.groups()) {
          for (MemberDefinition member : group.members()) {
            if (definition.organisationName(member.organisation()).isEmpty()) {
              throw invalid(
                  tenant.id() + "." + group.key() + ".members",
                  "unknown organisation '" + member.organisation() + "'");
            }
          }
        }
      }
      return definition;
    }

    private TenantDefinition tenant(JsonObject json, String path) {
      String kind = text(json, "kind", path + ".kind");
      TenantKind tenantKind;
      try {
        tenantKind = TenantKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        throw invalid(path + ".kind", "must be REGION or MUNICIPALITY, was '" + kind + "'");
      }
      List<GroupDefinition> groups = list(json, "groups", path + ".groups", this::group);
      Set<String> keys = new HashSet<>();
      for (GroupDefinition group : groups) {
        if (!keys.add(group.key())) {
          throw invalid(path + ".groups", "group key used twice: " + group.key());
        }
      }
      return new TenantDefinition(
          id(json, path + ".id"), text(json, "name", path + ".name"), tenantKind, groups);
    }

    private GroupDefinition group(JsonObject json, String path) {
      String kind = text(json, "kind", path + ".kind");
      if (!GROUP_KINDS.contains(kind)) {
        throw invalid(path + ".kind", "must be one of " + GROUP_KINDS + ", was '" + kind + "'");
      }
      return new GroupDefinition(
          id(json, path + ".key"),
          kind,
          text(json, "name", path + ".name"),
          list(json, "members", path + ".members", this::member));
    }

    private MemberDefinition member(JsonObject json, String path) {
      String role = text(json, "role", path + ".role");
      if (!MEMBER_ROLES.contains(role)) {
        throw invalid(path + ".role", "must be one of " + MEMBER_ROLES + ", was '" + role + "'");
      }
      String email = text(json, "email", path + ".email");
      if (!email.endsWith("@example.org")) {
        throw invalid(path + ".email", "demo people have invented example.org addresses");
      }
      return new MemberDefinition(
          text(json, "name", path + ".name"),
          email,
          text(json, "organisation", path + ".organisation"),
          text(json, "unit", path + ".unit"),
          text(json, "mandate", path + ".mandate"),
          role);
    }

    private UserOrganisationDefinition organisation(JsonObject json, String path) {
      return new UserOrganisationDefinition(id(json, path + ".id"), text(json, "name", path + ".name"));
    }

    private String id(JsonObject json, String path) {
      String name = path.substring(path.lastIndexOf('.') + 1);
      String id = text(json, name, path);
      if (!ID.matcher(id).matches()) {
        throw invalid(path, "must be a lower-case slug (" + ID.pattern() + "), was '" + id + "'");
      }
      return id;
    }

    private String text(JsonObject json, String name, String path) {
      JsonValue value = json.get(name);
      if (!(value instanceof JsonString string) || string.getString().isBlank()) {
        throw invalid(path, "required text is missing");
      }
      return string.getString().strip();
    }

    private JsonObject object(JsonObject json, String name, String path) {
      JsonValue value = json.get(name);
      if (!(value instanceof JsonObject object)) {
        throw invalid(path, "required object is missing");
      }
      return object;
    }

    private <T> List<T> list(
        JsonObject json, String name, String path, ElementParser<T> element) {
      JsonValue value = json.get(name);
      if (value == null) {
        return List.of();
      }
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        throw invalid(path, "must be a list");
      }
      List<T> result = new ArrayList<>();
      var array = value.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        String elementPath = path + "[" + i + "]";
        if (!(array.get(i) instanceof JsonObject object)) {
          throw invalid(elementPath, "must be an object");
        }
        result.add(element.parse(object, elementPath));
      }
      return result;
    }

    private InvalidAreaFileException invalid(String path, String problem) {
      return new InvalidAreaFileException(file + ": " + path + ": " + problem);
    }
  }

  @FunctionalInterface
  private interface ElementParser<T> {
    T parse(JsonObject json, String path);
  }
}
