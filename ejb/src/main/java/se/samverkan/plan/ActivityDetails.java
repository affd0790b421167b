package se.samverkan.plan;

import java.time.LocalDate;
import java.util.Optional;
import se.samverkan.shared.InvalidInputException;

/**
 * What an activity is: its number under its goal, what is done, with whom, who answers for it,
 * when (dates or a term in words), how it is followed up and funded, and what it refers to.
 */
public record ActivityDetails(
    long goalId,
    int number,
    String description,
    String partners,
    String responsible,
    Optional<LocalDate> startsOn,
    Optional<LocalDate> endsOn,
    String term,
    String followUp,
    String fundingNote,
    ActivityStatus status,
    Optional<String> initiativeCode,
    String agreementRef,
    String indicatorRef) {

  public ActivityDetails {
    if (startsOn.isPresent() && endsOn.isPresent() && endsOn.get().isBefore(startsOn.get())) {
      throw new InvalidInputException("endsOn", "The activity cannot end before it starts");
    }
    description = description.strip();
    partners = blankIsNull(partners);
    responsible = blankIsNull(responsible);
    term = blankIsNull(term);
    followUp = blankIsNull(followUp);
    fundingNote = blankIsNull(fundingNote);
    agreementRef = blankIsNull(agreementRef);
    indicatorRef = blankIsNull(indicatorRef);
    initiativeCode = initiativeCode.map(String::strip).filter(c -> !c.isEmpty());
  }

  private static String blankIsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
