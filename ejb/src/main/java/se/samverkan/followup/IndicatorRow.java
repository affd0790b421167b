package se.samverkan.followup;

/** An indicator of a set, as the area reads it. */
public record IndicatorRow(long id, long setId, int position, IndicatorDefinition definition, long version) {

  public String code() {
    return definition.code();
  }

  public IndicatorKind kind() {
    return definition.kind();
  }
}
