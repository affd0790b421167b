package se.samverkan.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NoPersonalIdentityNumberValidator
    implements ConstraintValidator<NoPersonalIdentityNumber, String> {

  @Override
  public boolean isValid(String text, ConstraintValidatorContext context) {
    return !PersonalIdentityNumbers.containsAny(text);
  }
}
