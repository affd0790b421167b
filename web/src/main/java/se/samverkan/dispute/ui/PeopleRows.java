package se.samverkan.dispute.ui;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.dispute.api.PersonRequest;

/** The form shows a few empty rows for people; rows left empty are no one. */
final class PeopleRows {

  static final int ROWS = 3;

  private PeopleRows() {}

  static List<PersonRequest> empty() {
    List<PersonRequest> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(new PersonRequest());
    }
    return rows;
  }

  static List<PersonRequest> filled(List<PersonRequest> rows) {
    return new ArrayList<>(rows.stream()
        .filter(p -> !(blank(p.getName()) && blank(p.getEmail())))
        .toList());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
