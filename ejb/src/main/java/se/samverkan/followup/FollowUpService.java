package se.samverkan.followup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.CoordinationGroup;
import se.samverkan.coordination.GroupAccess;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.shared.InvalidInputException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.shared.PersonalIdentityNumbers;
import se.samverkan.shared.StaleVersionException;
import se.samverkan.tenancy.Caller;
import se.samverkan.tenancy.CurrentSpace;
import se.samverkan.tenancy.Space;
import se.samverkan.tenancy.SpaceScoped;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

/**
 * A group's annual follow-up in its municipality's space: started as a draft prefilled from the
 * group's records, edited by its coordinator and members, submitted by those who lead it. The
 * region's verdict comes back through the party's own read of its submissions, so whether the
 * report may be edited is derived on read: a draft, or sent and then returned or reopened.
 */
@Stateless
@SpaceScoped
public class FollowUpService {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject CurrentSpace currentSpace;
  @Inject GroupAccess groupAccess;
  @Inject AreaIndicators area;
  @Inject OwnSubmissions own;
  @Inject Prefill prefill;
  @Inject Clock clock;

  public Optional<ReportDetails> find(long groupId, @NotNull FollowUpYear year) {
    CoordinationGroup group = groupAccess.visible(groupId);
    return existing(groupId, year.value(), false).map(r -> details(group, r));
  }

  public ReportDetails report(long groupId, @NotNull FollowUpYear year) {
    return find(groupId, year).orElseThrow(() -> new NotFoundException("Report", year.value()));
  }

  /** The group's reports, latest year first (one per year). */
  public List<FollowUpReport> reports(long groupId) {
    groupAccess.visible(groupId);
    return em.createQuery("select r from FollowUpReport r where r.groupId = :g order by r.year desc",
            FollowUpReport.class)
        .setParameter("g", groupId)
        .getResultList();
  }

  /** Whether the caller may write the group's report: its coordinator and members, never observers. */
  public boolean canWrite(long groupId) {
    Space space = currentSpace.get();
    Caller caller = space.caller();
    if (caller.hasRole(Role.OBSERVER)) {
      return false;
    }
    if (space.isHome()) {
      return caller.hasAnyRole(Role.TENANT_ADMIN, Role.COORDINATOR, Role.MEMBER);
    }
    return space.memberOf().contains(groupId);
  }

  /** A new draft on the set that applies to the year, its recorded counts prefilled. */
  public ReportDetails start(long groupId, @NotNull FollowUpYear year) {
    CoordinationGroup group = writable(groupId);
    if (currentSpace.get().kind() != TenantKind.MUNICIPALITY) {
      throw new AccessDeniedException("The annual follow-up is reported by the municipalities' groups");
    }
    // serialise starts of one group's report, so two drafts of one year cannot both pass the check
    em.find(CoordinationGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
    if (existing(groupId, year.value(), false).isPresent()) {
      throw new ConflictException("The group already has a report for " + year.value());
    }
    IndicatorSetSummary set = area.setFor(currentSpace.get().tenant(), year.value())
        .orElseThrow(() -> new InvalidInputException("year", "RUG has no indicator set for " + year.value()));
    FollowUpReport report = new FollowUpReport(groupId, year.value(), set.id(), now(), actor());
    em.persist(report);
    em.flush();
    for (IndicatorRow indicator : area.indicators(currentSpace.get().tenant(), set.id())) {
      FollowUpAnswer answer = new FollowUpAnswer(report.id(), indicator.id());
      em.persist(answer);
      em.flush();
      if (indicator.kind() == IndicatorKind.RECORDED_COUNT) {
        int position = 1;
        for (Map.Entry<String, Integer> figure
            : prefill.figures(groupId, year.value(), indicator.definition().source().orElseThrow()).entrySet()) {
          em.persist(new FollowUpFigure(answer.id(), position++, figure.getKey(), figure.getValue()));
        }
      }
    }
    em.flush();
    return details(group, report);
  }

  /** Changes one answer (and its figures); 409 on a stale version or a report that is not open. */
  public ReportDetails answer(long groupId, @NotNull FollowUpYear year, long indicatorId, @NotNull AnswerValue value,
      @NotNull List<FigureInput> figures, long expectedVersion) {
    CoordinationGroup group = writable(groupId);
    FollowUpReport report = existing(groupId, year.value(), true)
        .orElseThrow(() -> new NotFoundException("Report", year.value()));
    requireEditable(report);
    IndicatorRow indicator = area.indicators(currentSpace.get().tenant(), report.setId()).stream()
        .filter(i -> i.id() == indicatorId).findFirst()
        .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    FollowUpAnswer answer = em.createQuery(
            "select a from FollowUpAnswer a where a.reportId = :r and a.indicatorId = :i", FollowUpAnswer.class)
        .setParameter("r", report.id())
        .setParameter("i", indicatorId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst()
        .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    if (answer.version() != expectedVersion) {
      throw new StaleVersionException("Answer", answer.id());
    }
    answer.answer(checked(indicator, value), now(), actor());
    if (indicator.kind() == IndicatorKind.RECORDED_COUNT) {
      Map<String, FollowUpFigure> byKey = new HashMap<>();
      figuresOf(answer.id()).forEach(f -> byKey.put(f.key(), f));
      for (FigureInput input : figures) {
        FollowUpFigure figure = byKey.get(input.key());
        if (figure == null) {
          throw new InvalidInputException("figures", "Unknown figure " + input.key());
        }
        input.reason().ifPresent(r -> requireNoIdentityNumber("figures." + input.key() + ".reason", r));
        figure.report(input.value(), input.reason());
      }
    } else if (!figures.isEmpty()) {
      throw new InvalidInputException("figures", "Only a recorded count has figures");
    }
    report.edited(now(), actor());
    em.flush();
    return details(group, report);
  }

  /** The group's leaders send the report to the region: the region gets its snapshot. */
  public ReportDetails submit(long groupId, @NotNull FollowUpYear year, long expectedVersion) {
    CoordinationGroup group = groupAccess.ledByCaller(groupId);
    FollowUpReport report = existing(groupId, year.value(), true)
        .orElseThrow(() -> new NotFoundException("Report", year.value()));
    if (report.version() != expectedVersion) {
      throw new StaleVersionException("Report", report.id());
    }
    requireEditable(report);
    List<IndicatorRow> indicators = area.indicators(currentSpace.get().tenant(), report.setId());
    Map<Long, FollowUpAnswer> answers = answersOf(report.id());
    for (IndicatorRow indicator : indicators) {
      FollowUpAnswer answer = answers.get(indicator.id());
      if (indicator.definition().required() && (answer == null || !answered(indicator, answer))) {
        throw new InvalidInputException("answers." + indicator.code(), "Answer this indicator before submitting");
      }
    }
    report.submit(now(), actor());
    em.flush();
    em.createNativeQuery("select submit_followup_report(?1)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, report.id())
        .getSingleResult();
    return details(group, report);
  }

  // --- reading ----------------------------------------------------------------------------------

  private ReportDetails details(CoordinationGroup group, FollowUpReport report) {
    var party = currentSpace.get().tenant();
    IndicatorSetSummary set = area.set(party, report.setId()).orElseThrow(() -> new NotFoundException("Indicator set", report.setId()));
    List<IndicatorRow> indicators = area.indicators(party, report.setId());
    Map<Long, FollowUpAnswer> answers = answersOf(report.id());
    Map<Long, List<FollowUpFigure>> figures = new HashMap<>();
    for (FollowUpFigure figure : em.createQuery("select f from FollowUpFigure f where f.answerId in"
            + " (select a.id from FollowUpAnswer a where a.reportId = :r) order by f.position", FollowUpFigure.class)
        .setParameter("r", report.id()).getResultList()) {
      figures.computeIfAbsent(figure.answerId(), a -> new java.util.ArrayList<>()).add(figure);
    }
    List<SubmissionSummary> submissions = own.ofReport(party, report.id());
    ReportState state = state(report, submissions);
    boolean editable = state == ReportState.DRAFT || state == ReportState.RETURNED || state == ReportState.REOPENED;
    return new ReportDetails(report, group.name(), set, indicators, answers, figures, state, editable,
        canWrite(group.id()), currentSpace.get().canLeadGroup(group.id()),
        area.round(party, report.year()).map(RoundSummary::deadline), submissions,
        own.history(party, report.id()));
  }

  static ReportState state(FollowUpReport report, List<SubmissionSummary> submissions) {
    if (report.status() == FollowUpReport.Status.DRAFT || submissions.isEmpty()) {
      return ReportState.DRAFT;
    }
    return ReportState.of(submissions.get(submissions.size() - 1).status());
  }

  private void requireEditable(FollowUpReport report) {
    ReportState state = state(report, own.ofReport(currentSpace.get().tenant(), report.id()));
    switch (state) {
      case SUBMITTED -> throw new ConflictException("The report is submitted and waits for RUG's review");
      case APPROVED -> throw new ConflictException("The report is approved by RUG; only RUG can reopen it");
      default -> { }
    }
  }

  private Optional<FollowUpReport> existing(long groupId, int year, boolean lock) {
    var query = em.createQuery("select r from FollowUpReport r where r.groupId = :g and r.year = :y",
            FollowUpReport.class)
        .setParameter("g", groupId)
        .setParameter("y", year);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }

  private Map<Long, FollowUpAnswer> answersOf(long reportId) {
    Map<Long, FollowUpAnswer> answers = new HashMap<>();
    em.createQuery("select a from FollowUpAnswer a where a.reportId = :r", FollowUpAnswer.class)
        .setParameter("r", reportId)
        .getResultList()
        .forEach(a -> answers.put(a.indicatorId(), a));
    return answers;
  }

  private List<FollowUpFigure> figuresOf(long answerId) {
    return em.createQuery("select f from FollowUpFigure f where f.answerId = :a order by f.position",
            FollowUpFigure.class)
        .setParameter("a", answerId)
        .getResultList();
  }

  /** Keeps only the part of the value the indicator's kind uses, checked. */
  private static AnswerValue checked(IndicatorRow indicator, AnswerValue value) {
    String field = "answers." + indicator.code();
    return switch (indicator.kind()) {
      case TEXT, RECORDED_COUNT -> {
        value.text().ifPresent(t -> {
          if (t.length() > 20000) {
            throw new InvalidInputException(field, "At most 20000 characters");
          }
          requireNoIdentityNumber(field, t);
        });
        // a recorded count may carry a comment on its figures
        yield new AnswerValue(value.text(), Optional.empty(), Optional.empty(), List.of());
      }
      case NUMBER -> {
        value.number().ifPresent(n -> {
          if (n.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
            throw new InvalidInputException(field, "The number is too large");
          }
        });
        yield new AnswerValue(Optional.empty(), value.number(), Optional.empty(), List.of());
      }
      case CHOICE -> {
        value.choice().ifPresent(c -> {
          if (!indicator.definition().choices().contains(c)) {
            throw new InvalidInputException(field, "Choose one of: " + String.join(", ", indicator.definition().choices()));
          }
        });
        yield new AnswerValue(Optional.empty(), Optional.empty(), value.choice(), List.of());
      }
      case TABLE -> {
        int columns = indicator.definition().tableColumns().size();
        for (List<String> row : value.table()) {
          if (row.size() > columns) {
            throw new InvalidInputException(field, "A row has more cells than the table's " + columns + " columns");
          }
          row.forEach(cell -> requireNoIdentityNumber(field, cell == null ? "" : cell));
        }
        if (TableCells.encode(value.table()) != null && TableCells.encode(value.table()).length() > 20000) {
          throw new InvalidInputException(field, "The table is too large");
        }
        yield new AnswerValue(Optional.empty(), Optional.empty(), Optional.empty(), value.table());
      }
    };
  }

  private static boolean answered(IndicatorRow indicator, FollowUpAnswer answer) {
    return switch (indicator.kind()) {
      case TEXT -> answer.text().isPresent();
      case NUMBER -> answer.number().isPresent();
      case CHOICE -> answer.choice().isPresent();
      case TABLE -> !answer.table().isEmpty();
      case RECORDED_COUNT -> true;
    };
  }

  private static void requireNoIdentityNumber(String field, String text) {
    if (PersonalIdentityNumbers.containsAny(text)) {
      throw new InvalidInputException(field, "Remove the personal identity number: the follow-up holds no data about individuals");
    }
  }

  private CoordinationGroup writable(long groupId) {
    CoordinationGroup group = groupAccess.visible(groupId);
    if (!canWrite(groupId)) {
      throw new AccessDeniedException("Only the group's coordinator and members write its follow-up");
    }
    return group;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private String actor() {
    Caller caller = currentSpace.get().caller();
    return caller.displayName() == null || caller.displayName().isBlank() ? caller.subject() : caller.displayName();
  }
}
