package se.samverkan.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the secretariat describes about a version: its validity, who revised it, and why. */
public record VersionDetails(
    @NotNull LocalDate validFrom,
    @NotNull LocalDate validTo,
    @Size(max = 300) String revisedBy,
    @Size(max = 4000) String changeSummary) {}
