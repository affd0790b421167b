package se.samverkan.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;

/**
 * Validates a form's value with the domain's own constraints, in the language of the page, and
 * puts each message beside its field ({@code <form>:<field>}). One set of rules for API and UI.
 */
@Named
@ApplicationScoped
public class LocalizedValidation {

  @Inject ValidatorFactory validators;

  /** @return true when the value is valid */
  public <T> boolean validate(T value, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    MessageInterpolator base = validators.getMessageInterpolator();
    MessageInterpolator localized = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return base.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return base.interpolate(template, context, locale);
      }
    };
    Set<ConstraintViolation<T>> violations =
        validators.usingContext().messageInterpolator(localized).getValidator().validate(value);
    for (ConstraintViolation<T> violation : violations) {
      fieldError(formId, lastName(violation.getPropertyPath()), violation.getMessage());
    }
    return violations.isEmpty();
  }

  public void fieldError(String formId, String field, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(formId + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  /** True when the field has a message, for {@code aria-invalid}. */
  public boolean hasError(String clientId) {
    return FacesContext.getCurrentInstance().getMessages(clientId).hasNext();
  }

  /**
   * The field's id inside its form: {@code name}, or for a field of a list's element the id
   * Faces gives it inside a repeat with the list's name ({@code sections:1:currentPicture}).
   */
  private static String lastName(Path path) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null && name.length() > 0) {
        name.append(':').append(node.getIndex());
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name.append(name.length() > 0 ? ":" : "").append(node.getName());
      }
    }
    return name.toString();
  }
}
