package se.samverkan.followup.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import se.samverkan.followup.IndicatorDefinition;
import se.samverkan.followup.IndicatorKind;
import se.samverkan.followup.IndicatorRow;
import se.samverkan.followup.IndicatorSetDetails;
import se.samverkan.followup.IndicatorSetService;
import se.samverkan.followup.IndicatorSetSummary;
import se.samverkan.followup.IndicatorSource;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Messages;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * The area's indicator sets; one set's indicators with {@code id} in the address. Every space of
 * the area reads them; RUG makes a new set from a year and, while no report uses a set, adds,
 * moves and removes its indicators.
 */
@Named
@RequestScoped
public class IndicatorSetsPage {

  static final String SET_FORM = "set-form";
  static final String INDICATOR_FORM = "indicator-form";

  @Inject IndicatorSetService service;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private long id;
  private IndicatorSetDetails details;
  private String validFromYear;
  private String name;
  private String code;
  private String heading;
  private String guidance;
  private String kind = IndicatorKind.TEXT.name();
  private String source = "";
  private String choices;
  private String columns;
  private boolean required = true;

  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
  }

  public void load() throws IOException {
    try {
      if (id != 0) {
        getDetails();
      }
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public String create() throws IOException {
    try {
      IndicatorSetDetails created = service.create(FollowUpYear.parse(validFromYear), name == null ? "" : name);
      Pages.doneThenGo("followup.sets.created", space(), "indicator-sets?id=" + created.set().id());
    } catch (InvalidInputException e) {
      validation.fieldError(SET_FORM, e.field(), Messages.textOr("followup.invalid." + e.field(), e.getMessage()));
    } catch (AccessDeniedException e) {
      Pages.error("followup.forbidden");
    }
    return null;
  }

  public String add() throws IOException {
    try {
      IndicatorDefinition definition = new IndicatorDefinition(code == null ? "" : code.strip(), heading,
          Optional.ofNullable(guidance), IndicatorKind.valueOf(kind),
          Optional.ofNullable(source).filter(s -> !s.isBlank()).map(IndicatorSource::valueOf),
          lines(choices), lines(columns), required);
      return change(() -> service.addIndicator(id, definition));
    } catch (InvalidInputException e) {
      validation.fieldError(INDICATOR_FORM, e.field(), Messages.textOr("followup.invalid." + e.field(), e.getMessage()));
      return null;
    }
  }

  public String move(IndicatorRow indicator, int by) throws IOException {
    return change(() -> service.changeIndicator(id, indicator.id(), indicator.definition(),
        indicator.position() + by, indicator.version()));
  }

  public String remove(IndicatorRow indicator) throws IOException {
    return change(() -> service.removeIndicator(id, indicator.id(), indicator.version()));
  }

  private String change(Runnable change) throws IOException {
    try {
      change.run();
      Pages.doneThenGo("followup.sets.changed", space(), "indicator-sets?id=" + id);
    } catch (InvalidInputException e) {
      validation.fieldError(INDICATOR_FORM, e.field(), Messages.textOr("followup.invalid." + e.field(), e.getMessage()));
    } catch (ConflictException e) {
      Pages.error("followup.sets.locked");
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("followup.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("followup.forbidden");
    } catch (NotFoundException e) {
      Pages.error("followup.gone");
    }
    return null;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private String space() {
    return currentSpace.get().tenant().value();
  }

  public List<IndicatorSetSummary> getSets() {
    return service.sets();
  }

  public IndicatorSetDetails getDetails() {
    if (details == null) {
      details = service.set(id);
    }
    return details;
  }

  public boolean isCanChange() {
    return service.canChange();
  }

  public boolean isChangeable() {
    return isCanChange() && !getDetails().inUse();
  }

  public IndicatorKind[] getKinds() {
    return IndicatorKind.values();
  }

  public IndicatorSource[] getSources() {
    return IndicatorSource.values();
  }

  public long getId() {
    return id;
  }

  public String getValidFromYear() {
    return validFromYear;
  }

  public void setValidFromYear(String validFromYear) {
    this.validFromYear = validFromYear;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getGuidance() {
    return guidance;
  }

  public void setGuidance(String guidance) {
    this.guidance = guidance;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }

  public String getColumns() {
    return columns;
  }

  public void setColumns(String columns) {
    this.columns = columns;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
