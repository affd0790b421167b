package se.samverkan.coordination.assignment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samverkan.coordination.GroupKind;
import se.samverkan.coordination.assignment.AssignmentDetails;
import se.samverkan.shared.InvalidInputException;

/**
 * An assignment as the API and RUG's form receive it. The due date stays text so that a date in
 * the wrong format is a field error like any other. Either {@code targetKind} (all SSGB or all
 * SSGV of the area) or {@code groupIds} (chosen groups). A class, not a record: Payara's OpenAPI
 * generator fails on constraints of record components.
 */
public class AssignmentRequest {

  @NotBlank(message = "{assignment.description.required}")
  @Size(max = 4000, message = "{text.max}")
  private String description;

  @Size(max = 500, message = "{text.max}")
  private String agreementRef;

  @NotBlank(message = "{assignment.dueDate.required}")
  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{assignment.dueDate.format}")
  private String dueDate;

  @Pattern(regexp = "SSGB|SSGV", message = "{assignment.targetKind.invalid}")
  private String targetKind;

  private List<Long> groupIds = new ArrayList<>();

  private Long version;

  /** What the input describes; call only on input that passed its constraints. */
  public AssignmentDetails details() {
    LocalDate due;
    try {
      due = LocalDate.parse(dueDate);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("dueDate", "'" + dueDate + "' is not a date; write it as yyyy-mm-dd");
    }
    Optional<GroupKind> kind = targetKind == null || targetKind.isBlank()
        ? Optional.empty() : Optional.of(GroupKind.valueOf(targetKind));
    List<Long> ids = groupIds == null ? List.of() : groupIds.stream().filter(java.util.Objects::nonNull).toList();
    return new AssignmentDetails(description, agreementRef, due, kind, Set.copyOf(ids));
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getAgreementRef() {
    return agreementRef;
  }

  public void setAgreementRef(String agreementRef) {
    this.agreementRef = agreementRef;
  }

  public String getDueDate() {
    return dueDate;
  }

  public void setDueDate(String dueDate) {
    this.dueDate = dueDate;
  }

  public String getTargetKind() {
    return targetKind;
  }

  /** Blank is no kind: the form's choice "the groups I choose". */
  public void setTargetKind(String targetKind) {
    this.targetKind = targetKind == null || targetKind.isBlank() ? null : targetKind;
  }

  public List<Long> getGroupIds() {
    return groupIds;
  }

  public void setGroupIds(List<Long> groupIds) {
    this.groupIds = groupIds;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
