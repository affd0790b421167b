package se.samverkan.coordination.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.samverkan.coordination.GroupDetails;
import se.samverkan.coordination.GroupStatus;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.InvalidInputException;

/**
 * A group as the API receives it: a municipality's own group. Texts stay text so that unknown
 * values are reported as field errors. A class, not a record: Payara's OpenAPI generator fails
 * on constraints of record components.
 */
public class GroupRequest {

  @NotBlank(message = "{group.name.required}")
  @Size(max = 200, message = "{text.max}")
  private String name;

  @Size(max = 2000, message = "{text.max}")
  private String purpose;

  private List<String> targetGroups = new ArrayList<>();

  @Pattern(regexp = "ACTIVE|CLOSED", message = "{group.status.required}")
  private String status;

  private Long version;

  /** What the input describes; the target groups must be the agreement's. */
  public GroupDetails details() {
    Set<TargetGroup> known = EnumSet.noneOf(TargetGroup.class);
    for (String targetGroup : targetGroups == null ? List.<String>of() : targetGroups) {
      try {
        known.add(TargetGroup.valueOf(targetGroup));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidInputException("targetGroups",
            "'" + targetGroup + "' is not a target group of the agreement; use " + List.of(TargetGroup.values()));
      }
    }
    return new GroupDetails(name, purpose, known,
        status == null ? GroupStatus.ACTIVE : GroupStatus.valueOf(status));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public List<String> getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(List<String> targetGroups) {
    this.targetGroups = targetGroups;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
