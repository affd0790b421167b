package se.samverkan.agreement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenancy.TenantDirectory;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * Agreements in the space they are read or written in. The region's secretariat and RUG write
 * them in the region's space (drafts, consultation, decision stage, new versions); every party of
 * the area reads what is no longer a draft; each party records its own council decision and its
 * own consultation answer in its own space, and a user organisation's representative its
 * organisation's answer. Which party acts follows from the space and the verified caller, never
 * from the input.
 */
@Stateless
@SpaceScoped
public class AgreementService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject AgreementReading reading;
  @Inject TenantDirectory directory;
  @Inject Clock clock;

  // --- reading, everyone of the area -----------------------------------------------------------

  public List<AgreementSummary> agreements() {
    Space space = currentSpace.get();
    boolean drafts = isEditor(space);
    List<AgreementSummary> all = new ArrayList<>();
    for (Object[] row : reading.agreements(space.tenant(), drafts)) {
      long id = AgreementReading.num(row[0]);
      all.add(new AgreementSummary(id, (String) row[1], AgreementReading.num(row[2]), versions(space, drafts, id)));
    }
    return all;
  }

  public AgreementSummary agreement(long id) {
    Space space = currentSpace.get();
    boolean drafts = isEditor(space);
    Object[] row = reading.agreement(space.tenant(), drafts, id)
        .orElseThrow(() -> new NotFoundException("Agreement", id));
    return new AgreementSummary(id, (String) row[1], AgreementReading.num(row[2]), versions(space, drafts, id));
  }

  public VersionSummary version(long agreementId, int number) {
    return agreement(agreementId).versions().stream()
        .filter(v -> v.number() == number)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Agreement version", number));
  }

  public VersionContent content(long agreementId, int number) {
    Space space = currentSpace.get();
    VersionSummary version = version(agreementId, number);
    long id = version.id();
    Map<String, String> names = directory.organisationsOf(space.areaId());

    Set<String> answered = new java.util.HashSet<>();
    List<AnswerRecord> answers = new ArrayList<>();
    Optional<AnswerRecord> own = Optional.empty();
    Optional<String> respondent = respondentOf(space);
    for (Object[] r : reading.answers(id)) {
      String who = (String) r[1];
      boolean submitted = "SUBMITTED".equals(r[4]);
      AnswerRecord answer = new AnswerRecord(AgreementReading.num(r[0]), who, names.getOrDefault(who, who),
          RespondentKind.valueOf((String) r[2]), (String) r[3], submitted,
          Optional.ofNullable(AgreementReading.instant(r[5])), AgreementReading.num(r[6]));
      if (respondent.filter(who::equals).isPresent()) {
        own = Optional.of(answer);
      }
      if (submitted) {
        answers.add(answer);
        answered.add(who);
      }
    }
    List<RecipientRecord> recipients = reading.recipients(id).stream()
        .map(r -> new RecipientRecord((String) r[0], names.getOrDefault((String) r[0], (String) r[0]),
            RespondentKind.valueOf((String) r[1]), answered.contains((String) r[0])))
        .toList();
    return new VersionContent(version, reading.sections(id), reading.terms(id), reading.documents(id),
        reading.responsibilities(id), recipients, adoption(space, id), answers, own);
  }

  public Comparison compare(long agreementId, int from, int to) {
    VersionSummary earlier = version(agreementId, from);
    VersionSummary later = version(agreementId, to);
    List<SectionChange> changes = ChangeLog.between(
        reading.sections(earlier.id()).stream().map(SectionRecord::text).toList(),
        reading.sections(later.id()).stream().map(SectionRecord::text).toList());
    return new Comparison(earlier, later, changes);
  }

  public List<SearchHit> search(@NotNull String query) {
    if (query.isBlank()) {
      throw new InvalidInputException("q", "write what to search for");
    }
    Space space = currentSpace.get();
    return reading.search(space.tenant(), isEditor(space), query.strip());
  }

  /**
   * For the region's own staff: the versions in force that must now be extended or revised
   * ({@link ExpiryRule}), computed on read like the status, so the notice never waits for a job.
   */
  public List<VersionSummary> expiringSoon() {
    Space space = currentSpace.get();
    if (space.kind() != TenantKind.REGION || !space.isHome()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    return agreements().stream()
        .flatMap(a -> a.versions().stream())
        .filter(v -> v.status() == VersionStatus.IN_FORCE && ExpiryRule.isDue(v.validTo(), today))
        .toList();
  }

  /**
   * The consultations the caller answers for (their party, or their user organisation) whose
   * answer has not been submitted and whose deadline has not passed: the start page's reminder.
   */
  public List<VersionSummary> consultationsAwaitingAnswer() {
    Space space = currentSpace.get();
    Optional<String> respondent = respondentOf(space);
    if (respondent.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    List<VersionSummary> awaiting = new ArrayList<>();
    for (AgreementSummary agreement : agreements()) {
      for (VersionSummary v : agreement.versions()) {
        if (v.status() != VersionStatus.CONSULTATION || today.isAfter(v.consultationDeadline())) {
          continue;
        }
        boolean asked = reading.recipients(v.id()).stream().anyMatch(r -> respondent.get().equals(r[0]));
        boolean answered = reading.answers(v.id()).stream()
            .anyMatch(r -> respondent.get().equals(r[1]) && "SUBMITTED".equals(r[4]));
        if (asked && !answered) {
          awaiting.add(v);
        }
      }
    }
    return awaiting;
  }

  /** Whether the caller edits the area's agreements: the region's own secretariat and RUG. */
  public boolean canEdit() {
    return isEditor(currentSpace.get());
  }

  /** Whether the caller records the space's party's decision and answer. */
  public boolean canSpeakForParty() {
    return speaksForParty(currentSpace.get());
  }

  // --- the region: secretariat and RUG ------------------------------------------------------

  public AgreementSummary create(@NotNull String title, @NotNull @Valid VersionDetails details) {
    requireEditor();
    if (title.isBlank()) {
      throw new InvalidInputException("title", "the agreement needs a title");
    }
    Agreement agreement = new Agreement(title.strip());
    em.persist(agreement);
    em.persist(new AgreementVersion(agreement, 1, details, null));
    em.flush();
    return agreement(agreement.id());
  }

  public VersionSummary describe(long agreementId, int number, @NotNull @Valid VersionDetails details,
      long expectedVersion) {
    AgreementVersion version = editable(agreementId, number, expectedVersion);
    version.describe(details);
    em.flush();
    return version(agreementId, number);
  }

  public SectionRecord addSection(long agreementId, int number, @NotNull String heading, @NotNull String body) {
    AgreementVersion version = draft(agreementId, number);
    int position = nextPosition("Section", version);
    Section section = new Section(version, null, position, requireText("heading", heading), body);
    em.persist(section);
    em.flush();
    return record(section);
  }

  public SectionRecord rewriteSection(long agreementId, int number, long sectionId, @NotNull String heading,
      @NotNull String body, long expectedVersion) {
    Section section = section(agreementId, number, sectionId, expectedVersion);
    section.rewrite(requireText("heading", heading), body);
    em.flush();
    return record(section);
  }

  public void removeSection(long agreementId, int number, long sectionId, long expectedVersion) {
    Section section = section(agreementId, number, sectionId, expectedVersion);
    section.agreementVersion().requireDraft();
    em.remove(section);
  }

  public TermRecord addTerm(long agreementId, int number, @NotNull String term, @NotNull String meaning) {
    AgreementVersion version = draft(agreementId, number);
    Term added = new Term(version, nextPosition("Term", version), requireText("term", term),
        requireText("meaning", meaning));
    em.persist(added);
    em.flush();
    return new TermRecord(added.id(), 0, term, meaning);
  }

  public DocumentRecord addDocument(long agreementId, int number, @NotNull String title, @NotNull String url) {
    AgreementVersion version = draft(agreementId, number);
    if (!url.matches("https?://\\S+")) {
      throw new InvalidInputException("url", "write the address as http(s)://…");
    }
    RelatedDocument added = new RelatedDocument(version, nextPosition("RelatedDocument", version),
        requireText("title", title), url);
    em.persist(added);
    em.flush();
    return new DocumentRecord(added.id(), 0, title, url);
  }

  public ResponsibilityRecord addResponsibility(long agreementId, int number, @NotNull String targetGroup,
      @NotNull String regionPart, @NotNull String municipalityPart) {
    AgreementVersion version = draft(agreementId, number);
    Responsibility added = new Responsibility(version, nextPosition("Responsibility", version),
        requireText("targetGroup", targetGroup), requireText("regionPart", regionPart),
        requireText("municipalityPart", municipalityPart));
    em.persist(added);
    em.flush();
    return new ResponsibilityRecord(added.id(), 0, targetGroup, regionPart, municipalityPart);
  }

  /** Removes a term, a document or a row of the matrix of a draft. */
  public void removeItem(long agreementId, int number, @NotNull ItemKind kind, long itemId) {
    AgreementVersion version = draft(agreementId, number);
    int removed = em.createQuery("delete from " + kind.entity + " i where i.id = :id and i.agreementVersion = :v")
        .setParameter("id", itemId)
        .setParameter("v", version)
        .executeUpdate();
    if (removed == 0) {
      throw new NotFoundException(kind.entity, itemId);
    }
  }

  /** The items of a version besides its sections. */
  public enum ItemKind {
    TERM("Term"),
    DOCUMENT("RelatedDocument"),
    RESPONSIBILITY("Responsibility");

    private final String entity;

    ItemKind(String entity) {
      this.entity = entity;
    }
  }

  /**
   * Sends a draft for consultation to chosen parties of the area and user organisations.
   *
   * @param recipients ids of the area's parties and user organisations
   */
  public VersionSummary startConsultation(long agreementId, int number, @NotNull LocalDate deadline,
      @NotNull List<String> recipients, long expectedVersion) {
    AgreementVersion version = own(agreementId, number, true);
    checkVersion(version, expectedVersion);
    Space space = currentSpace.get();
    Map<String, RespondentKind> chosen = new LinkedHashMap<>();
    Map<String, String> parties = parties(space.areaId());
    Map<String, String> organisations = directory.organisationsOf(space.areaId());
    for (String recipient : recipients) {
      if (parties.containsKey(recipient)) {
        chosen.put(recipient, RespondentKind.PARTY);
      } else if (organisations.containsKey(recipient)) {
        chosen.put(recipient, RespondentKind.ORGANISATION);
      } else {
        throw new InvalidInputException("recipients", "'" + recipient + "' is no party or user organisation of the area");
      }
    }
    if (chosen.isEmpty()) {
      throw new InvalidInputException("recipients", "choose at least one party or user organisation");
    }
    version.startConsultation(deadline, LocalDate.now(clock));
    chosen.forEach((id, kind) -> em.persist(new Recipient(version, id, kind)));
    em.flush();
    return version(agreementId, number);
  }

  /** Ends the consultation: the version goes to the parties' councils for decision. */
  public VersionSummary toDecision(long agreementId, int number, long expectedVersion) {
    AgreementVersion version = own(agreementId, number, true);
    checkVersion(version, expectedVersion);
    version.closeConsultation();
    em.flush();
    return version(agreementId, number);
  }

  /**
   * Starts the next version as a draft copy of the one in force: its validity, sections (keeping
   * their keys, so the change log pairs them), terms, documents and responsibility matrix.
   */
  public VersionSummary newVersion(long agreementId) {
    requireEditor();
    AgreementSummary agreement = agreement(agreementId);
    for (VersionSummary v : agreement.versions()) {
      if (!v.status().tookEffect() && v.status() != VersionStatus.REPLACED) {
        throw new ConflictException("Version " + v.number() + " is still " + v.status()
            + "; finish it before starting another.");
      }
    }
    VersionSummary current = agreement.inForce().orElseThrow(() ->
        new ConflictException("No version of this agreement is in force to start a new version from."));
    AgreementVersion source = em.find(AgreementVersion.class, current.id(), LockModeType.PESSIMISTIC_WRITE);
    int number = agreement.versions().get(agreement.versions().size() - 1).number() + 1;
    AgreementVersion copy = new AgreementVersion(source.agreement(), number,
        new VersionDetails(source.validFrom(), source.validTo(), null, null), source.id());
    em.persist(copy);
    for (SectionRecord s : reading.sections(source.id())) {
      em.persist(new Section(copy, s.key(), s.position(), s.heading(), s.body()));
    }
    for (TermRecord t : reading.terms(source.id())) {
      em.persist(new Term(copy, t.position(), t.term(), t.meaning()));
    }
    for (DocumentRecord d : reading.documents(source.id())) {
      em.persist(new RelatedDocument(copy, d.position(), d.title(), d.url()));
    }
    for (ResponsibilityRecord r : reading.responsibilities(source.id())) {
      em.persist(new Responsibility(copy, r.position(), r.targetGroup(), r.regionPart(), r.municipalityPart()));
    }
    em.flush();
    return version(agreementId, number);
  }

  // --- every party: its own decision and answer ---------------------------------------------------

  /** Records (or corrects) the space's party's council decision on a version in the decision stage. */
  public Adoption decide(long agreementId, int number, @NotNull DecisionDetails details, Long expectedVersion) {
    Space space = currentSpace.get();
    if (!speaksForParty(space)) {
      throw new AccessDeniedException("Only the party's administrators, coordinators, RUG or secretariat record its decision.");
    }
    VersionSummary version = version(agreementId, number);
    if (version.status() != VersionStatus.DECISION) {
      throw new ConflictException("Decisions are recorded while version " + number + " awaits the councils; it is "
          + version.status() + ".");
    }
    requireText("body", details.body());
    requireText("reference", details.reference());
    if (details.decidedOn() == null) {
      throw new InvalidInputException("decidedOn", "the day of the decision is required");
    }
    if (details.decidedOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("decidedOn", "a decision cannot be dated in the future");
    }
    List<CouncilDecision> existing = em.createQuery(
            "select d from CouncilDecision d where d.versionId = :v", CouncilDecision.class)
        .setParameter("v", version.id())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    if (existing.isEmpty()) {
      em.persist(new CouncilDecision(version.id(), details));
    } else {
      CouncilDecision decision = existing.get(0);
      if (expectedVersion == null) {
        throw new InvalidInputException("version", "the party's decision is recorded already; name the version you read to change it");
      }
      if (decision.version() != expectedVersion) {
        throw new StaleVersionException("Decision", decision.id());
      }
      decision.record(details);
    }
    em.flush();
    return adoption(space, version.id()).stream()
        .filter(a -> a.party().equals(space.tenant().value()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Writes the caller's consultation answer: the space's party's, or, for a user organisation's
   * representative, their organisation's. {@code submit} sends it to the area and freezes it.
   */
  public AnswerRecord answer(long agreementId, int number, @NotNull String body, boolean submit,
      Long expectedVersion) {
    Space space = currentSpace.get();
    String respondent = respondentOf(space).orElseThrow(() ->
        new AccessDeniedException("Only the party's administrators, coordinators, RUG or secretariat, or a user"
            + " organisation's representative, answer a consultation."));
    RespondentKind kind = space.caller().hasRole(Role.OBSERVER) ? RespondentKind.ORGANISATION : RespondentKind.PARTY;
    VersionSummary version = version(agreementId, number);
    boolean asked = reading.recipients(version.id()).stream().anyMatch(r -> respondent.equals(r[0]));
    if (!asked) {
      throw new AccessDeniedException("The consultation of version " + number + " was not sent to " + respondent + ".");
    }
    if (version.status() != VersionStatus.CONSULTATION) {
      throw new ConflictException("Version " + number + " is not in consultation; it is " + version.status() + ".");
    }
    if (LocalDate.now(clock).isAfter(version.consultationDeadline())) {
      throw new ConflictException("The consultation closed on " + version.consultationDeadline() + ".");
    }
    requireText("body", body);
    List<ConsultationAnswer> existing = em.createQuery(
            "select a from ConsultationAnswer a where a.versionId = :v and a.respondent = :r", ConsultationAnswer.class)
        .setParameter("v", version.id())
        .setParameter("r", respondent)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    ConsultationAnswer answer;
    if (existing.isEmpty()) {
      if (answeredElsewhere(version.id(), respondent)) {
        throw new ConflictException("Your organisation's answer is being written in another space.");
      }
      answer = new ConsultationAnswer(version.id(), respondent, kind, body);
      em.persist(answer);
    } else {
      answer = existing.get(0);
      if (expectedVersion == null) {
        throw new InvalidInputException("version", "an answer exists already; name the version you read to change it");
      }
      if (answer.version() != expectedVersion) {
        throw new StaleVersionException("Answer", answer.id());
      }
      answer.rewrite(body);
    }
    if (submit) {
      answer.submit(clock.instant());
    }
    em.flush();
    return content(agreementId, number).ownAnswer().orElseThrow();
  }

  // --- rules --------------------------------------------------------------------------------

  private List<VersionSummary> versions(Space space, boolean drafts, long agreementId) {
    List<VersionSummary> read = reading.versions(space.tenant(), drafts, agreementId);
    int parties = parties(space.areaId()).size();
    LocalDate today = LocalDate.now(clock);
    List<VersionStatus> own = new ArrayList<>();
    for (VersionSummary v : read) {
      boolean allDecided = reading.decisions(v.id()).size() >= parties;
      own.add(VersionStatus.ownOf(v.stage(), allDecided, v.validFrom(), v.validTo(), today));
    }
    List<VersionSummary> result = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      boolean newerTookEffect = own.subList(i + 1, own.size()).stream().anyMatch(VersionStatus::tookEffect);
      VersionStatus status = (own.get(i).tookEffect() && newerTookEffect) ? VersionStatus.REPLACED : own.get(i);
      result.add(read.get(i).withStatus(status));
    }
    return result;
  }

  private List<Adoption> adoption(Space space, long versionId) {
    Map<String, Adoption.Decision> decided = new HashMap<>();
    for (Object[] r : reading.decisions(versionId)) {
      decided.put((String) r[0], new Adoption.Decision((String) r[1], AgreementReading.date(r[2]), (String) r[3],
          AgreementReading.num(r[4])));
    }
    List<Adoption> adoption = new ArrayList<>();
    parties(space.areaId()).forEach((id, name) ->
        adoption.add(new Adoption(id, name, Optional.ofNullable(decided.get(id)))));
    return adoption;
  }

  /** The parties (tenants) of an area, region first: id to name. */
  Map<String, String> parties(String areaId) {
    Map<String, String> parties = new LinkedHashMap<>();
    em.createQuery("select t from Tenant t where t.areaId = :area order by t.kind desc, t.name",
            se.samverkan.tenancy.Tenant.class)
        .setParameter("area", areaId)
        .getResultList()
        .forEach(t -> parties.put(t.id().value(), t.name()));
    return parties;
  }

  private boolean answeredElsewhere(long versionId, String respondent) {
    // an answer another space holds is invisible here until submitted; the unique key would
    // refuse a second one with a database error, so ask first with the submitted ones in sight
    return reading.answers(versionId).stream().anyMatch(r -> respondent.equals(r[1]));
  }

  private Optional<String> respondentOf(Space space) {
    if (space.caller().hasRole(Role.OBSERVER)) {
      return space.caller().organisation();
    }
    return speaksForParty(space) ? Optional.of(space.tenant().value()) : Optional.empty();
  }

  private static boolean speaksForParty(Space space) {
    return space.isHome() && !space.caller().hasRole(Role.OBSERVER)
        && space.caller().hasAnyRole(Role.TENANT_ADMIN, Role.COORDINATOR, Role.RUG, Role.SECRETARIAT);
  }

  private static boolean isEditor(Space space) {
    return space.kind() == TenantKind.REGION && space.isHome()
        && !space.caller().hasRole(Role.OBSERVER)
        && space.caller().hasAnyRole(Role.SECRETARIAT, Role.RUG);
  }

  private void requireEditor() {
    if (!isEditor(currentSpace.get())) {
      throw new AccessDeniedException("Only the region's secretariat and RUG edit agreements.");
    }
  }

  private AgreementVersion own(long agreementId, int number, boolean lock) {
    requireEditor();
    List<AgreementVersion> found = em.createQuery(
            "select v from AgreementVersion v where v.agreement.id = :a and v.number = :n", AgreementVersion.class)
        .setParameter("a", agreementId)
        .setParameter("n", number)
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("Agreement version", number);
    }
    return found.get(0);
  }

  private AgreementVersion draft(long agreementId, int number) {
    AgreementVersion version = own(agreementId, number, false);
    version.requireDraft();
    return version;
  }

  private AgreementVersion editable(long agreementId, int number, long expectedVersion) {
    AgreementVersion version = own(agreementId, number, true);
    checkVersion(version, expectedVersion);
    version.requireDraft();
    return version;
  }

  private static void checkVersion(AgreementVersion version, long expectedVersion) {
    if (version.version() != expectedVersion) {
      throw new StaleVersionException("Agreement version", version.id());
    }
  }

  private Section section(long agreementId, int number, long sectionId, long expectedVersion) {
    AgreementVersion version = own(agreementId, number, false);
    Section section = em.find(Section.class, sectionId, LockModeType.PESSIMISTIC_WRITE);
    if (section == null || section.agreementVersion().id() != version.id()) {
      throw new NotFoundException("Section", sectionId);
    }
    if (section.version() != expectedVersion) {
      throw new StaleVersionException("Section", sectionId);
    }
    return section;
  }

  private int nextPosition(String entity, AgreementVersion version) {
    Integer max = em.createQuery("select max(i.position) from " + entity + " i where i.agreementVersion = :v",
            Integer.class)
        .setParameter("v", version)
        .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  private static String requireText(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    return text.strip();
  }

  private static SectionRecord record(Section section) {
    return new SectionRecord(section.id(), section.key(), section.position(), section.heading(), section.body(),
        section.version());
  }
}
