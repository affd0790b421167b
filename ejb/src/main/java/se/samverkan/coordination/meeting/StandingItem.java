package se.samverkan.coordination.meeting;

/**
 * The items the regional agreement puts on every local coordination group's agenda. Their titles
 * come from the UI's language; the group adds its own items beside them.
 */
public enum StandingItem {
  /** Review and strengthen the local structures for collaboration. */
  LOCAL_STRUCTURES,
  /** Analyse incoming deviations and disputes. */
  DEVIATIONS_AND_DISPUTES,
  /** Changes in the parties' own organisations that may affect collaboration. */
  ORGANISATIONAL_CHANGES,
  /** The division of responsibility within the group. */
  DIVISION_OF_RESPONSIBILITY,
  /** Co-opting other actors. */
  CO_OPTING
}
