package se.samverkan.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Refuses a text that identifies someone with the message of the kind found. The templates hold no
 * {@code ${validatedValue}}: the refused text is never part of a message.
 */
public class DeIdentifiedValidator implements ConstraintValidator<DeIdentified, String> {

  @Override
  public boolean isValid(String text, ConstraintValidatorContext context) {
    Optional<DeIdentification.Finding> finding = DeIdentification.find(text);
    if (finding.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(template(finding.get())).addConstraintViolation();
    return false;
  }

  static String template(DeIdentification.Finding finding) {
    return switch (finding) {
      case PERSONAL_IDENTITY_NUMBER -> "{guard.personalIdentityNumber}";
      case EMAIL_ADDRESS -> "{guard.emailAddress}";
      case PHONE_NUMBER -> "{guard.phoneNumber}";
    };
  }
}
