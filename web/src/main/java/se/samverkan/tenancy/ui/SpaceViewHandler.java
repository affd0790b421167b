package se.samverkan.tenancy.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.samverkan.tenancy.CurrentSpace;

/**
 * Forms of a space's pages post back to the space's address ({@code /app/{space}/{page}}), so the
 * space is entered and checked again on every request, never carried in a form field.
 */
public class SpaceViewHandler extends ViewHandlerWrapper {

  private static final String SPACE_VIEWS = "/space/";

  public SpaceViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    if (viewId.startsWith(SPACE_VIEWS)) {
      var space = CDI.current().select(CurrentSpace.class).get().current();
      if (space.isPresent()) {
        String page = viewId.substring(SPACE_VIEWS.length()).replace(".xhtml", "");
        return context.getExternalContext().getRequestContextPath()
            + "/app/" + space.get().tenant().value() + "/" + page + pageParameters(context);
      }
    }
    return super.getActionURL(context, viewId);
  }

  /**
   * The page's own address parameters (which group, which page of a list) travel with its
   * forms, so a postback addresses the same object; the language choice does not.
   */
  private static String pageParameters(FacesContext context) {
    String query = ((HttpServletRequest) context.getExternalContext().getRequest()).getQueryString();
    if (query == null) {
      return "";
    }
    String kept = Arrays.stream(query.split("&"))
        .filter(p -> !p.startsWith("lang="))
        .collect(Collectors.joining("&"));
    return kept.isEmpty() ? "" : "?" + kept;
  }
}
