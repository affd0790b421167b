package se.samverkan.followup.api;

import se.samverkan.followup.IndicatorSource;

/** Where a prefilled figure comes from, said in words beside the figure. */
final class Sources {

  private Sources() {}

  static String describe(IndicatorSource source, String key, int year) {
    return switch (source) {
      case DEVIATIONS_BY_CATEGORY -> "The group's deviations with the event in " + year + ", category " + key;
      case DISPUTES -> "The group's disputes opened in " + year + (key.equals("STILL_OPEN") ? ", still open" : "");
      case STRUCTURE_CHANGES -> switch (key) {
        case "MEMBERS_JOINED" -> "Members whose seat began in " + year;
        case "MEMBERS_LEFT" -> "Members whose seat ended in " + year;
        default -> "The group's meetings held in " + year;
      };
      case ASSIGNMENT_REPORTS -> "The group's " + (key.startsWith("FINAL") ? "final" : "progress")
          + " reports on RUG's assignments submitted in " + year;
    };
  }
}
