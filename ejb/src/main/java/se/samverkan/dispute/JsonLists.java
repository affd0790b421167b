package se.samverkan.dispute;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.shared.JsonP;

/** Ladder steps and step people as small JSON arrays in one text column each. */
final class JsonLists {

  private JsonLists() {}

  static String steps(List<LadderStep> steps) {
    JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
    steps.forEach(s -> array.add(JsonP.PROVIDER.createObjectBuilder().add("name", s.name()).add("deadlineDays", s.deadlineDays())));
    return array.build().toString();
  }

  static List<LadderStep> steps(String json) {
    List<LadderStep> steps = new ArrayList<>();
    for (JsonObject step : read(json).getValuesAs(JsonObject.class)) {
      steps.add(new LadderStep(step.getString("name"), step.getInt("deadlineDays")));
    }
    return List.copyOf(steps);
  }

  static String people(List<StepPerson> people) {
    JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
    people.forEach(p -> array.add(JsonP.PROVIDER.createObjectBuilder().add("name", p.name()).add("email", p.email())));
    return array.build().toString();
  }

  static List<StepPerson> people(String json) {
    List<StepPerson> people = new ArrayList<>();
    for (JsonObject person : read(json).getValuesAs(JsonObject.class)) {
      people.add(new StepPerson(person.getString("name"), person.getString("email")));
    }
    return List.copyOf(people);
  }

  private static JsonArray read(String json) {
    try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(json == null || json.isBlank() ? "[]" : json))) {
      return reader.readArray();
    }
  }
}
