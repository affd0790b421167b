package se.samverkan.followup.regional;

/** RUG's texts on a regional follow-up and the version a change must name (0: none written yet). */
public record Texts(String summary, String priorities, long version) {

  static final Texts NONE = new Texts(null, null, 0);
}
