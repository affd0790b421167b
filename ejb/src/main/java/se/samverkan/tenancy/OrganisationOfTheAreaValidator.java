package se.samverkan.tenancy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Looks the area up through CDI rather than by injection: the REST layer's validator factory
 * does not inject constraint validators.
 */
public class OrganisationOfTheAreaValidator implements ConstraintValidator<OrganisationOfTheArea, String> {

  @Override
  public boolean isValid(String organisation, ConstraintValidatorContext context) {
    if (organisation == null || organisation.isBlank()) {
      return true;
    }
    var space = CDI.current().select(CurrentSpace.class).get().current();
    if (space.isEmpty()) {
      return false;
    }
    return CDI.current().select(TenantDirectory.class).get()
        .organisationsOf(space.get().areaId())
        .containsKey(organisation.strip());
  }
}
