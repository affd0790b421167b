package se.samverkan.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What a municipality records about a group it keeps: name, purpose, target groups, status. */
public record GroupDetails(
    @NotBlank(message = "{group.name.required}") @Size(max = 200, message = "{text.max}") String name,
    @Size(max = 2000, message = "{text.max}") String purpose,
    @NotNull Set<TargetGroup> targetGroups,
    @NotNull(message = "{group.status.required}") GroupStatus status) {

  public GroupDetails {
    name = name == null ? null : name.strip();
    purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    targetGroups = targetGroups == null || targetGroups.isEmpty()
        ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups);
  }
}
