package se.samverkan.platform.ui;

import static se.samverkan.platform.ui.Messages.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What the space's pages do alike: read their address, tell what happened, redirect. */
public final class Pages {

  private Pages() {}

  /** A change a page makes through a service. */
  @FunctionalInterface
  public interface Change {
    /** @return the key of the message that tells it was done */
    String run();
  }

  /** A request parameter as a number; anything unreadable or negative counts as 0. */
  public static long number(String name) {
    String text = parameter(name);
    try {
      return text == null ? 0 : Math.max(0, Long.parseLong(text));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public static String parameter(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  /** A message for the whole page, in its language. */
  public static void error(String key) {
    String message = text(key);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  /**
   * Says the change is done on the next page and goes there (post/redirect/get: reloading never
   * repeats the change).
   *
   * @param path the page within the space, e.g. {@code meeting?group=1&id=2}
   */
  public static void doneThenGo(String key, String space, String path) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    String message = text(key);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    go(space, path);
  }

  public static void go(String space, String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/app/" + space + "/" + path);
  }

  /** Answers the request with 403 instead of the page, as the API would. */
  public static void forbidden(String message) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(403, message);
    faces.responseComplete();
  }

  /** Answers the request with 404 instead of the page, as the API would. */
  public static void notFound(String message) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, message);
    faces.responseComplete();
  }
}
