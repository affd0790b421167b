package se.samverkan.followup.quarterly;

import java.util.Optional;

/** What RUG says about an indicator; checked as a whole by {@link #check()}. */
public record DefinitionDetails(
    String code,
    String nameSv,
    String nameEn,
    String description,
    Unit unit,
    Better better,
    ReportedBy reportedBy,
    Quarter activeFrom,
    Optional<Quarter> activeTo) {

  public DefinitionDetails {
    code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    nameSv = nameSv == null ? null : nameSv.strip();
    nameEn = nameEn == null ? null : nameEn.strip();
    description = description == null || description.isBlank() ? null : description.strip();
    activeTo = activeTo == null ? Optional.empty() : activeTo;
  }

  /** The rules one field cannot see on its own. */
  public void check() {
    if (activeTo.isPresent() && activeTo.get().isBefore(activeFrom)) {
      throw new se.samverkan.shared.InvalidInputException("activeTo", "the last quarter cannot come before the first");
    }
  }
}
