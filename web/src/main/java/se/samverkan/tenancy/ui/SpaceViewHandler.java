package se.samverkan.tenancy.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
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
            + "/app/" + space.get().tenant().value() + "/" + page;
      }
    }
    return super.getActionURL(context, viewId);
  }
}
