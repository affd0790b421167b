package se.samverkan.deviation.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import se.samverkan.deviation.RaisedDeviation;
import se.samverkan.deviation.RaisedToRug;
import se.samverkan.platform.Clocks;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.Page;
import se.samverkan.shared.PageRequest;

/** RUG's list, in the region's space, of the deviations the area's groups raised. */
@Named
@RequestScoped
public class RaisedDeviationsPage {

  static final int PAGE_SIZE = 10;

  @Inject RaisedToRug raised;

  private int page;
  private Page<RaisedDeviation> list;

  @PostConstruct
  void readAddress() {
    page = (int) Math.min(Integer.MAX_VALUE, Pages.number("page"));
  }

  /** Only RUG in the region's own space: anyone else gets 403, as from the API. */
  public void load() throws IOException {
    if (!raised.isRug()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, "only RUG reads raised deviations");
      faces.responseComplete();
    }
  }

  public Page<RaisedDeviation> getList() {
    if (list == null) {
      list = raised.raised(new PageRequest(page, PAGE_SIZE));
    }
    return list;
  }

  public String when(Instant at) {
    return at.atZone(Clocks.SWEDEN).format(DateTimeFormatter.ofPattern("yyyy-MM-dd"));
  }
}
