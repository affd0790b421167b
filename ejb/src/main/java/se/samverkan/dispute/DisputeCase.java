package se.samverkan.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.shared.DeIdentified;

/** What the dispute is about: the question, who disagrees (parties and units) and the section. */
public record DisputeCase(
    @NotBlank @Size(max = 4000) @DeIdentified String question,
    @NotBlank @Size(max = 1000) @DeIdentified String parties,
    @NotBlank @Size(max = 200) @DeIdentified String agreementSection) {}
