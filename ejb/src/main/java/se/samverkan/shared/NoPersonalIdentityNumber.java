package se.samverkan.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that must hold no Swedish personal identity number ({@link PersonalIdentityNumbers}):
 * for texts that are staff knowledge, never data about individuals.
 */
@Documented
@Constraint(validatedBy = NoPersonalIdentityNumberValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPersonalIdentityNumber {

  String message() default "{se.samverkan.shared.NoPersonalIdentityNumber.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
