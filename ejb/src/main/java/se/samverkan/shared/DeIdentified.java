package se.samverkan.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free text that must identify no one ({@link DeIdentification}): no personal identity or
 * co-ordination number, e-mail address or telephone number. The message names the kind found,
 * never the text; the field it is on names the text.
 */
@Documented
@Constraint(validatedBy = DeIdentifiedValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeIdentified {

  /** Used only if the kind cannot be told; each kind has its own message. */
  String message() default "{guard.identifying}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
