package se.samverkan.platform.ui;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Texts of the UI's message bundle ({@code msg}) in the language of the current page. */
public final class Messages {

  private Messages() {}

  public static String text(String key) {
    return bundle().getString(key);
  }

  /** The bundle's text for {@code key}, or {@code fallback} where the bundle has none. */
  public static String textOr(String key, String fallback) {
    ResourceBundle bundle = bundle();
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }
}
