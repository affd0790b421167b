package se.samverkan.followup.regional.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import se.samverkan.followup.regional.Audience;
import se.samverkan.followup.regional.Compilation;
import se.samverkan.followup.regional.Publication;
import se.samverkan.followup.regional.RegionalFollowupService;
import se.samverkan.followup.regional.Texts;
import se.samverkan.followup.regional.api.TextsRequest;
import se.samverkan.platform.Clocks;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;

/**
 * One regional follow-up ({@code regional-followup?year=&audience=}): RUG and the secretariat see
 * the working compilation, RUG with the form for its texts and the publish button; everyone else
 * in the area sees the latest publication (404 before there is one). The figures are tables that
 * charts.js draws above; without JavaScript the tables are all there is.
 */
@Named
@RequestScoped
public class RegionalFollowupPage {

  static final String FORM = "texts-form";

  @Inject RegionalFollowupService followups;
  @Inject CurrentSpace currentSpace;
  @Inject LocalizedValidation validation;

  private String yearParameter;
  private String audienceParameter;
  private FollowUpYear year;
  private Audience audience;
  private Compilation compilation;
  private Optional<Publication> publication;
  private TextsRequest form;
  private Long publishVersion;

  @PostConstruct
  void readAddress() {
    yearParameter = Pages.parameter("year");
    audienceParameter = Pages.parameter("audience");
  }

  /** Runs before the page renders: a bad year is 400, an unknown audience or nothing published 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      getYear();
      getAudience();
      getCompilation();
    } catch (InvalidInputException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  public FollowUpYear getYear() {
    if (year == null) {
      year = FollowUpYear.parse(yearParameter);
    }
    return year;
  }

  public Audience getAudience() {
    if (audience == null) {
      audience = Audience.ofSlug(audienceParameter == null ? "" : audienceParameter)
          .orElseThrow(() -> new NotFoundException("Regional follow-up", audienceParameter));
    }
    return audience;
  }

  public boolean isWorking() {
    return followups.canCompile();
  }

  public boolean isCanPublish() {
    return followups.canPublish();
  }

  public Compilation getCompilation() {
    if (compilation == null) {
      compilation = isWorking() ? followups.compile(getYear(), getAudience())
          : getPublication().orElseThrow(() -> new NotFoundException("Published regional follow-up",
              getYear().value() + "/" + getAudience().slug())).compilation();
    }
    return compilation;
  }

  /** The latest publication, if any. */
  public Optional<Publication> getPublication() {
    if (publication == null) {
      try {
        publication = Optional.of(followups.publication(getYear(), getAudience(), null));
      } catch (NotFoundException e) {
        publication = Optional.empty();
      }
    }
    return publication;
  }

  public TextsRequest getForm() {
    if (form == null) {
      form = new TextsRequest();
      Texts texts = followups.texts(getYear(), getAudience());
      form.setSummary(texts.summary());
      form.setPriorities(texts.priorities());
      form.setVersion(texts.version());
    }
    return form;
  }

  /** The version the publish button acts on, posted back with it. */
  public Long getPublishVersion() {
    if (publishVersion == null) {
      publishVersion = followups.texts(getYear(), getAudience()).version();
    }
    return publishVersion;
  }

  public void setPublishVersion(Long publishVersion) {
    this.publishVersion = publishVersion;
  }

  public String save() throws IOException {
    if (!validation.validate(getForm(), FORM)) {
      return null;
    }
    return attempt(() -> {
      followups.writeTexts(getYear(), getAudience(), form.getSummary(), form.getPriorities(),
          form.getVersion() == null ? -1 : form.getVersion());
      return "regional.saved";
    });
  }

  public String publish() throws IOException {
    return attempt(() -> {
      followups.publish(getYear(), getAudience(), publishVersion == null ? -1 : publishVersion);
      return "regional.published";
    });
  }

  private String attempt(Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), currentSpace.get().tenant().value(), selfPath());
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("regional.conflict");
    } catch (ConflictException e) {
      Pages.error("regional.nothingApproved");
    } catch (AccessDeniedException e) {
      Pages.error("regional.forbidden");
    }
    return null;
  }

  public String selfPath() {
    return "regional-followup?year=" + getYear().value() + "&audience=" + getAudience().slug();
  }

  /** The export's address within the space. */
  public String export(String format) {
    return "regional-followup-export?year=" + getYear().value() + "&audience=" + getAudience().slug()
        + "&format=" + format;
  }

  /** A figure as people read it (Swedish digits), a dash where none exists. */
  public String figure(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(new Locale("sv", "SE"))).format(value);
  }

  /** A figure for charts.js ({@code data-value}); empty where none exists. */
  public String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  public String when(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(Clocks.SWEDEN));
  }
}
