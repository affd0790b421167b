package se.samverkan.deviation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.shared.DeIdentified;

/** What a member brings: the event as their organisation handled it, de-identified. */
public record DeviationReport(
    @NotNull LocalDate occurredOn,
    @NotBlank @Size(max = 200) @DeIdentified String reportingUnit,
    @NotNull TargetGroup targetGroup,
    @NotBlank @Size(max = 200) @DeIdentified String agreementSection,
    @NotNull DeviationCategory category,
    @NotBlank @Size(max = 4000) @DeIdentified String description,
    @NotBlank @Size(max = 4000) @DeIdentified String actionsTaken) {}
