package se.samverkan.followup.regional;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The published copy's form in the database (jsonb): the compilation as JSON-B writes it. */
final class CompilationJson {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private CompilationJson() {}

  static String write(Compilation compilation) {
    return JSONB.toJson(compilation);
  }

  static Compilation read(String json) {
    return JSONB.fromJson(json, Compilation.class);
  }
}
