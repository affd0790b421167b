package se.samverkan.tenancy;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id of a party or user organisation of the current space's collaboration area: where a
 * member of one of its groups may come from. Checked with the other constraints, so every bad
 * field of an input is reported at once. Empty values are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = OrganisationOfTheAreaValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationOfTheArea {

  String message() default "{organisation.unknown}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
