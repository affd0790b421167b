package se.samverkan.followup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.coordination.assignment.ReportKind;
import se.samverkan.coordination.assignment.ReportStatus;
import se.samverkan.deviation.DeviationCategory;
import se.samverkan.deviation.DeviationFigures;
import se.samverkan.deviation.DeviationStatistics;
import se.samverkan.platform.Clocks;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.tenancy.SpaceScoped;

/**
 * The figures a group's records give for a year, per {@link IndicatorSource}, in the order of the
 * source's keys: what a new draft starts from. Read in the group's own space, so only its own data.
 */
@Stateless
@SpaceScoped
public class Prefill {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject DeviationStatistics deviations;
  @Inject Clock clock;

  public Map<String, Integer> figures(long groupId, int year, IndicatorSource source) {
    Map<String, Integer> figures = new LinkedHashMap<>();
    switch (source) {
      case DEVIATIONS_BY_CATEGORY -> {
        DeviationFigures counted = deviations.forGroupAndYear(groupId, new FollowUpYear(year));
        for (DeviationCategory category : DeviationCategory.values()) {
          figures.put(category.name(), counted.byCategory().getOrDefault(category, 0L).intValue());
        }
      }
      case DISPUTES -> {
        DeviationFigures counted = deviations.forGroupAndYear(groupId, new FollowUpYear(year));
        figures.put("OPENED", (int) counted.disputes());
        figures.put("STILL_OPEN", counted.disputesByOutcome().getOrDefault("OPEN", 0L).intValue());
      }
      case STRUCTURE_CHANGES -> {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        figures.put("MEMBERS_JOINED", count("select count(m) from GroupMember m where m.group.id = :g"
            + " and m.periodStart >= :from and m.periodStart < :until", groupId, from, until));
        figures.put("MEMBERS_LEFT", count("select count(m) from GroupMember m where m.group.id = :g"
            + " and m.periodEnd >= :from and m.periodEnd < :until", groupId, from, until));
        // a meeting is held once it has begun, by the area's clock
        LocalDateTime now = LocalDateTime.now(clock.withZone(Clocks.SWEDEN));
        LocalDateTime end = until.atStartOfDay().isBefore(now) ? until.atStartOfDay() : now;
        figures.put("MEETINGS_HELD", count("select count(m) from Meeting m where m.group.id = :g"
            + " and m.startsAt >= :from and m.startsAt < :until", groupId, from.atStartOfDay(), end));
      }
      case ASSIGNMENT_REPORTS -> {
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(Clocks.SWEDEN).toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime until = LocalDate.of(year + 1, 1, 1).atStartOfDay(Clocks.SWEDEN).toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.UTC);
        for (ReportKind kind : ReportKind.values()) {
          figures.put(kind.name() + "_REPORTS", em.createQuery("select count(r) from AssignmentReport r"
                  + " where r.groupId = :g and r.kind = :kind and r.status = :submitted"
                  + " and r.submittedAt >= :from and r.submittedAt < :until", Long.class)
              .setParameter("g", groupId)
              .setParameter("kind", kind)
              .setParameter("submitted", ReportStatus.SUBMITTED)
              .setParameter("from", from)
              .setParameter("until", until)
              .getSingleResult().intValue());
        }
      }
    }
    return figures;
  }

  private int count(String jpql, long groupId, Object from, Object until) {
    return em.createQuery(jpql, Long.class)
        .setParameter("g", groupId)
        .setParameter("from", from)
        .setParameter("until", until)
        .getSingleResult().intValue();
  }
}
