package se.samverkan.followup;

import java.util.List;
import java.util.Optional;

/**
 * The agreement's four indicators of the annual follow-up (domain.md), as the set every region
 * starts with: each with the figures the groups' records give and the analysis beside them.
 */
public final class DefaultIndicators {

  /** The default set applies from the first follow-up year the product knows. */
  public static final int FROM_YEAR = 2000;

  public static final String NAME = "Överenskommelsens indikatorer";

  private DefaultIndicators() {}

  public static List<IndicatorDefinition> definitions() {
    return List.of(
        text("STRUCTURES", "1. Strukturer för samverkan som utvecklats under perioden",
            "Beskriv vilka strukturer för samverkan gruppen har utvecklat, och hur."),
        count("STRUCTURE_CHANGES", "1a. Förändringar i gruppen under året",
            "Räknat från gruppens medlemmar och möten.", IndicatorSource.STRUCTURE_CHANGES),
        text("ASSIGNMENTS", "2. Återrapportering av eventuella uppdrag från RUG",
            "Hur har gruppen arbetat med RUG:s uppdrag?"),
        count("ASSIGNMENT_REPORTS", "2a. Inskickade rapporter om RUG:s uppdrag",
            "Räknat från gruppens inskickade uppdragsrapporter.", IndicatorSource.ASSIGNMENT_REPORTS),
        count("DEVIATIONS", "3a. Antal avvikelser per kategori",
            "Räknat från gruppens registrerade avvikelser (händelsedatum under året).",
            IndicatorSource.DEVIATIONS_BY_CATEGORY),
        count("DISPUTES", "3b. Antal tvister",
            "Räknat från gruppens registrerade tvister (öppnade under året).", IndicatorSource.DISPUTES),
        text("DEVIATION_ANALYSIS", "3c. Analys av avvikelser och tvister",
            "Vad visar avvikelserna och tvisterna, och vad har gruppen gjort?"),
        text("SUCCESS_FACTORS", "4. Framgångsfaktorer och fortsatta utvecklingsområden",
            "Vad har fungerat väl, och vad behöver utvecklas vidare?"));
  }

  private static IndicatorDefinition text(String code, String heading, String guidance) {
    return new IndicatorDefinition(code, heading, Optional.of(guidance), IndicatorKind.TEXT, Optional.empty(),
        List.of(), List.of(), true);
  }

  private static IndicatorDefinition count(String code, String heading, String guidance, IndicatorSource source) {
    return new IndicatorDefinition(code, heading, Optional.of(guidance), IndicatorKind.RECORDED_COUNT,
        Optional.of(source), List.of(), List.of(), true);
  }
}
