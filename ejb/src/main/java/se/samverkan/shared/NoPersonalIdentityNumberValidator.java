package se.samverkan.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NoPersonalIdentityNumberValidator
    implements ConstraintValidator<NoPersonalIdentityNumber, String> {

  @Override
  public boolean isValid(String text, ConstraintValidatorContext context) {
    // a text too long to scan in reasonable time is refused unread (see DeIdentifiedValidator)
    return !DeIdentifiedValidator.tooLong(text, context) && !PersonalIdentityNumbers.containsAny(text);
  }
}
