package se.samverkan.agreement.ui;

import static se.samverkan.platform.ui.Messages.textOr;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.persistence.OptimisticLockException;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementSummary;
import se.samverkan.agreement.SectionRecord;
import se.samverkan.agreement.VersionContent;
import se.samverkan.agreement.VersionStatus;
import se.samverkan.agreement.VersionSummary;
import se.samverkan.agreement.AgreementService.ItemKind;
import se.samverkan.agreement.api.AgreementRequest;
import se.samverkan.agreement.api.AnswerRequest;
import se.samverkan.agreement.api.ItemRequest;
import se.samverkan.agreement.api.DecisionRequest;
import se.samverkan.agreement.api.SectionRequest;
import se.samverkan.platform.ui.LocalizedValidation;
import se.samverkan.platform.ui.Pages;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.TenantDirectory;

/**
 * One version of an agreement ({@code ?id=&v=}, without {@code v} the one in force or else the
 * latest): its sections, matrix, terms, documents, adoption per party and submitted answers; the
 * secretariat's editing of a draft section by section ({@code &edit=} a section) and its life-cycle
 * steps; a party's decision and answer forms. Every change goes through the service, which checks
 * who may make it.
 */
@Named
@RequestScoped
public class AgreementPage {

  static final String SECTION_FORM = "section-form";
  static final String ANSWER_FORM = "answer-form";
  static final String DECISION_FORM = "decision-form";
  static final String CONSULTATION_FORM = "consultation-form";
  static final String DESCRIPTION_FORM = "description-form";
  static final String MATRIX_FORM = "matrix-form";

  @Inject AgreementService service;
  @Inject CurrentSpace currentSpace;
  @Inject TenantDirectory directory;
  @Inject LocalizedValidation validation;

  private long id;
  private int number;
  private long editing;
  private AgreementSummary agreement;
  private VersionContent content;
  private final SectionRequest sectionForm = new SectionRequest();
  private final AnswerRequest answerForm = new AnswerRequest();
  private final DecisionRequest decisionForm = new DecisionRequest();
  private final AgreementRequest descriptionForm = new AgreementRequest();
  private final ItemRequest matrixForm = new ItemRequest();
  private String deadline;
  private List<String> recipients = new ArrayList<>();
  private Long versionLock;

  @PostConstruct
  void readAddress() {
    id = Pages.number("id");
    number = (int) Math.min(Integer.MAX_VALUE, Pages.number("v"));
    editing = Pages.number("edit");
  }

  /** Reads the version, or answers 404 for one that does not exist or the caller may not read. */
  public void load() throws IOException {
    try {
      read();
    } catch (NotFoundException e) {
      Pages.notFound(e.getMessage());
    }
  }

  /**
   * Reads once per request, whoever asks first: on a postback the form's components ask (for
   * their rendered state) before the view action runs.
   */
  private VersionContent read() {
    if (content != null) {
      return content;
    }
    agreement = service.agreement(id);
    if (number == 0) {
      number = agreement.inForce().or(agreement::latest).map(VersionSummary::number).orElse(1);
    }
    content = service.content(id, number);
    if (editing != 0 && sectionForm.getHeading() == null) {
      content.sections().stream().filter(s -> s.id() == editing).findFirst().ifPresent(s -> {
        sectionForm.setHeading(s.heading());
        sectionForm.setBody(s.body());
        sectionForm.setVersion(s.version());
      });
    }
    if (descriptionForm.getValidFrom() == null) {
      VersionSummary v = content.version();
      descriptionForm.setValidFrom(v.validFrom().toString());
      descriptionForm.setValidTo(v.validTo().toString());
      descriptionForm.setRevisedBy(v.revisedBy());
      descriptionForm.setChangeSummary(v.changeSummary());
      descriptionForm.setVersion(v.lockVersion());
    }
    content.ownAnswer().ifPresent(a -> {
      if (answerForm.getBody() == null) {
        answerForm.setBody(a.body());
        answerForm.setVersion(a.version());
      }
    });
    return content;
  }

  // --- the secretariat ------------------------------------------------------------------------

  public String saveSection() throws IOException {
    if (!validation.validate(sectionForm, SECTION_FORM)) {
      return null;
    }
    return attempt(SECTION_FORM, () -> {
      if (editing == 0) {
        service.addSection(id, number, sectionForm.getHeading(), sectionForm.getBody());
        return "agreement.section.added";
      }
      service.rewriteSection(id, number, editing, sectionForm.getHeading(), sectionForm.getBody(),
          sectionForm.getVersion() == null ? -1 : sectionForm.getVersion());
      return "agreement.section.saved";
    });
  }

  public String removeSection(long sectionId, long version) throws IOException {
    return attempt(SECTION_FORM, () -> {
      service.removeSection(id, number, sectionId, version);
      return "agreement.section.removed";
    });
  }

  public String describe() throws IOException {
    if (!validation.validate(descriptionForm, DESCRIPTION_FORM)) {
      return null;
    }
    return attempt(DESCRIPTION_FORM, () -> {
      service.describe(id, number, descriptionForm.versionDetails(),
          descriptionForm.getVersion() == null ? -1 : descriptionForm.getVersion());
      return "agreement.version.described";
    });
  }

  public String addResponsibility() throws IOException {
    if (!validation.validate(matrixForm, MATRIX_FORM)) {
      return null;
    }
    return attempt(MATRIX_FORM, () -> {
      service.addResponsibility(id, number, orBlank(matrixForm.getTargetGroup()), orBlank(matrixForm.getRegionPart()),
          orBlank(matrixForm.getMunicipalityPart()));
      return "agreement.responsibility.added";
    });
  }

  public String removeResponsibility(long rowId) throws IOException {
    return attempt(MATRIX_FORM, () -> {
      service.removeItem(id, number, ItemKind.RESPONSIBILITY, rowId);
      return "agreement.responsibility.removed";
    });
  }

  private static String orBlank(String text) {
    return text == null ? "" : text;
  }

  public String startConsultation() throws IOException {
    return attempt(CONSULTATION_FORM, () -> {
      LocalDate due;
      try {
        due = LocalDate.parse(deadline == null ? "" : deadline.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("deadline", textOr("agreement.deadline.format", "yyyy-mm-dd"));
      }
      service.startConsultation(id, number, due, recipients, versionLock == null ? -1 : versionLock);
      return "agreement.consultation.started";
    });
  }

  public String toDecision() throws IOException {
    return attempt(CONSULTATION_FORM, () -> {
      service.toDecision(id, number, versionLock == null ? -1 : versionLock);
      return "agreement.decision.started";
    });
  }

  public String newVersion() throws IOException {
    try {
      VersionSummary created = service.newVersion(id);
      Pages.doneThenGo("agreement.version.created", space(), "agreement?id=" + id + "&v=" + created.number());
    } catch (ConflictException e) {
      Pages.error("agreement.version.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("agreement.forbidden");
    }
    return null;
  }

  // --- every party --------------------------------------------------------------------------------

  public String saveAnswer(boolean submit) throws IOException {
    if (!validation.validate(answerForm, ANSWER_FORM)) {
      return null;
    }
    return attempt(ANSWER_FORM, () -> {
      service.answer(id, number, answerForm.getBody(), submit, answerForm.getVersion());
      return submit ? "agreement.answer.submitted" : "agreement.answer.saved";
    });
  }

  public String decide() throws IOException {
    if (!validation.validate(decisionForm, DECISION_FORM)) {
      return null;
    }
    return attempt(DECISION_FORM, () -> {
      service.decide(id, number, decisionForm.details(), decisionForm.getVersion());
      return "agreement.decision.recorded";
    });
  }

  private String attempt(String form, Pages.Change change) throws IOException {
    try {
      Pages.doneThenGo(change.run(), space(), "agreement?id=" + id + "&v=" + number);
    } catch (InvalidInputException e) {
      validation.fieldError(form, e.field(), textOr("agreement.invalid." + e.field(), e.getMessage()));
    } catch (StaleVersionException | OptimisticLockException e) {
      Pages.error("agreement.conflict");
    } catch (ConflictException e) {
      Pages.error("agreement.stage.conflict");
    } catch (AccessDeniedException e) {
      Pages.error("agreement.forbidden");
    } catch (NotFoundException e) {
      Pages.error("agreement.gone");
    }
    return null;
  }

  private String space() {
    return currentSpace.get().tenant().value();
  }

  // --- what the view reads ----------------------------------------------------------------------

  public AgreementSummary getAgreement() {
    read();
    return agreement;
  }

  public VersionContent getContent() {
    return read();
  }

  public VersionSummary getVersion() {
    return read().version();
  }

  public boolean isDraft() {
    return read().version().status() == VersionStatus.DRAFT;
  }

  public boolean isCanEdit() {
    return service.canEdit();
  }

  public boolean isCanEditDraft() {
    return isCanEdit() && isDraft();
  }

  public boolean isCanStartNewVersion() {
    return isCanEdit() && read().version().status() == VersionStatus.IN_FORCE
        && agreement.versions().stream().noneMatch(v -> v.number() > number);
  }

  public boolean isCanDecide() {
    return service.canSpeakForParty() && read().version().status() == VersionStatus.DECISION;
  }

  /** Whether the caller is among the recipients of an open consultation round. */
  public boolean isCanAnswer() {
    if (read().version().status() != VersionStatus.CONSULTATION
        || content.ownAnswer().map(a -> a.submitted()).orElse(false)) {
      return false;
    }
    Optional<String> respondent = currentSpace.get().caller().hasRole(se.samverkan.tenants.Role.OBSERVER)
        ? currentSpace.get().caller().organisation()
        : service.canSpeakForParty() ? Optional.of(space()) : Optional.empty();
    return respondent.map(r -> content.recipients().stream().anyMatch(x -> x.id().equals(r))).orElse(false);
  }

  public boolean isEditing() {
    return editing != 0;
  }

  public SectionRecord getEditedSection() {
    return read().sections().stream().filter(s -> s.id() == editing).findFirst().orElse(null);
  }

  /** The parties and user organisations a consultation can go to: id to name. */
  public Map<String, String> getPossibleRecipients() {
    return directory.organisationsOf(currentSpace.get().areaId());
  }

  public long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  /** The section being edited (0: none, the form adds one). */
  public long getEditedId() {
    return editing;
  }

  public SectionRequest getSectionForm() {
    return sectionForm;
  }

  public AnswerRequest getAnswerForm() {
    return answerForm;
  }

  public DecisionRequest getDecisionForm() {
    return decisionForm;
  }

  public AgreementRequest getDescriptionForm() {
    read();
    return descriptionForm;
  }

  public ItemRequest getMatrixForm() {
    return matrixForm;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }

  public List<String> getRecipients() {
    return recipients;
  }

  public void setRecipients(List<String> recipients) {
    this.recipients = recipients;
  }

  public Long getVersionLock() {
    return versionLock == null ? Long.valueOf(read().version().lockVersion()) : versionLock;
  }

  public void setVersionLock(Long versionLock) {
    this.versionLock = versionLock;
  }
}
