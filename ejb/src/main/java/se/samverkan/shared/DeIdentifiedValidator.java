package se.samverkan.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Refuses a text that identifies someone with the message of the kind found. The templates hold no
 * {@code ${validatedValue}}: the refused text is never part of a message.
 */
public class DeIdentifiedValidator implements ConstraintValidator<DeIdentified, String> {

  /**
   * Longer texts are refused unread: scanning a megabyte costs seconds of CPU (measured: 1.3 s), and
   * no field of the product takes more than 10 000 characters, so {@code @Size} refuses them anyway.
   */
  static final int LONGEST_CHECKED = 20_000;

  @Override
  public boolean isValid(String text, ConstraintValidatorContext context) {
    if (tooLong(text, context)) {
      return false;
    }
    Optional<DeIdentification.Finding> finding = DeIdentification.find(text);
    if (finding.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(template(finding.get())).addConstraintViolation();
    return false;
  }

  /** True (and the message set) when the text is too long to be checked at all. */
  static boolean tooLong(String text, ConstraintValidatorContext context) {
    if (text == null || text.length() <= LONGEST_CHECKED) {
      return false;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{badinput.tooLongToCheck}").addConstraintViolation();
    return true;
  }

  static String template(DeIdentification.Finding finding) {
    return switch (finding) {
      case PERSONAL_IDENTITY_NUMBER -> "{guard.personalIdentityNumber}";
      case EMAIL_ADDRESS -> "{guard.emailAddress}";
      case PHONE_NUMBER -> "{guard.phoneNumber}";
    };
  }
}
