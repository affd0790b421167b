package se.samverkan.agreement;

/** Who answers a consultation: a party of the area, or a user organisation through its representative. */
public enum RespondentKind {
  PARTY,
  ORGANISATION
}
