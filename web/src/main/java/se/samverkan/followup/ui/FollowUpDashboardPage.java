package se.samverkan.followup.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.followup.Dashboard;
import se.samverkan.followup.ReportState;
import se.samverkan.followup.ReviewService;
import se.samverkan.followup.RoundSummary;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * RUG's dashboard of a year ({@code year} in the address): every SSGB/SSGV group of the area with
 * what the region knows of it (submissions only), the share done as a table with a chart, and the
 * form that sets the year's deadline.
 */
@Named
@RequestScoped
public class FollowUpDashboardPage {

  static final String FORM = "deadline-form";

  @Inject ReviewService service;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;
  @Inject Clock clock;

  private int year;
  private Dashboard dashboard;
  private String deadline;
  private String version;

  @PostConstruct
  void readAddress() {
    long asked = Pages.number("year");
    year = asked >= FollowUpYear.FIRST && asked <= FollowUpYear.LAST ? (int) asked : LocalDate.now(clock).getYear() - 1;
  }

  public void load() throws IOException {
    if (!service.isRug()) {
      Pages.forbidden("Only RUG follows the round");
      return;
    }
    Optional<RoundSummary> round = getDashboard().round();
    if (deadline == null) {
      deadline = round.map(r -> r.deadline().toString()).orElse("");
      version = String.valueOf(round.map(RoundSummary::version).orElse(0L));
    }
  }

  public String setDeadline() throws IOException {
    LocalDate date;
    try {
      date = LocalDate.parse(deadline == null ? "" : deadline.strip());
    } catch (DateTimeParseException e) {
      validation.fieldError(FORM, "deadline", Messages.text("followup.deadline.format"));
      return null;
    }
    try {
      service.setDeadline(new FollowUpYear(year), date, Optional.of(Long.parseLong(version)));
      Pages.doneThenGo("followup.deadline.set", currentSpace.get().tenant().value(), "followup-dashboard?year=" + year);
    } catch (InvalidInputException e) {
      validation.fieldError(FORM, "deadline", Messages.textOr("followup.invalid." + e.field(), e.getMessage()));
    } catch (StaleVersionException | OptimisticLockException | NumberFormatException e) {
      Pages.error("followup.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("followup.forbidden");
    }
    return null;
  }

  public Dashboard getDashboard() {
    if (dashboard == null) {
      dashboard = service.dashboard(new FollowUpYear(year));
    }
    return dashboard;
  }

  public List<ReportState> getStates() {
    return Dashboard.STATES;
  }

  public List<Map.Entry<String, Map<ReportState, Long>>> getByParty() {
    return List.copyOf(getDashboard().byParty().entrySet());
  }

  public List<Integer> getYears() {
    int current = LocalDate.now(clock).getYear();
    return List.of(current, current - 1, current - 2, current - 3);
  }

  public int getYear() {
    return year;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
