package se.samverkan.coordination;

/** The regional agreement's target groups (målgrupper), which a coordination group serves. */
public enum TargetGroup {
  /** Children and young people needing coordinated efforts from several actors. */
  CHILDREN,
  /** Young people 18–20 placed outside their home or in protected housing. */
  YOUNG_ADULTS_PLACED,
  /** People with mental disability. */
  MENTAL_DISABILITY,
  /** Risky use, harmful use or dependence on alcohol, drugs, medicines, doping or gambling. */
  SUBSTANCE_USE
}
