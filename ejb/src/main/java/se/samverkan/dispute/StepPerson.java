package se.samverkan.dispute;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person at one step of a dispute: staff with a mandate, reminded by e-mail at the deadline. */
public record StepPerson(
    @NotBlank(message = "{dispute.person.name.required}") @Size(max = 200, message = "{text.max}") String name,
    @NotBlank(message = "{dispute.person.email.invalid}") @Email(message = "{dispute.person.email.invalid}")
        @Size(max = 320, message = "{text.max}") String email) {}
