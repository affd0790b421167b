package se.samverkan.platform.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** Swedish first, English on request; remembered for the session. */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SUPPORTED = Set.of("sv", "en");

  private String language = "sv";

  public Locale getLocale() {
    return Locale.forLanguageTag(language);
  }

  public String getLanguage() {
    return language;
  }

  /** The other language, offered by the switch in the header. */
  public String getOtherLanguage() {
    return "sv".equals(language) ? "en" : "sv";
  }

  public void choose(String requested) {
    if (requested != null && SUPPORTED.contains(requested)) {
      language = requested;
    }
  }
}
