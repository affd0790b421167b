package se.samverkan.portfolio.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import se.samverkan.portfolio.PortfolioService;
import se.samverkan.portfolio.ProjectSheet;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.NotFoundException;

/** One project of the portfolio: its facts, its status per period and its commitments. */
@Named
@RequestScoped
public class ProjectPage {

  @Inject PortfolioService portfolio;

  private long id;
  private ProjectSheet sheet;

  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
  }

  public void load() throws IOException {
    try {
      getSheet();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public ProjectSheet getSheet() {
    if (sheet == null) {
      sheet = portfolio.project(id);
    }
    return sheet;
  }
}
