package se.samverkan.deviation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverkan.deviation.RaisedToRug;

/** Whether the space's navigation offers RUG's list of raised deviations. */
@Named
@RequestScoped
public class DeviationNav {

  @Inject RaisedToRug raised;

  private Boolean rug;

  public boolean isRug() {
    if (rug == null) {
      rug = raised.isRug();
    }
    return rug;
  }
}
