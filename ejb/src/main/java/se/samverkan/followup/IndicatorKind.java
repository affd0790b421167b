package se.samverkan.followup;

/** What an indicator asks for, and so how it is answered. */
public enum IndicatorKind {
  /** Free text: an analysis, a description. */
  TEXT,
  /** One number the group gives. */
  NUMBER,
  /** Figures counted from what the group recorded (see {@link IndicatorSource}), editable with a reason. */
  RECORDED_COUNT,
  /** One of the indicator's choices. */
  CHOICE,
  /** Rows under the indicator's column headings. */
  TABLE
}
