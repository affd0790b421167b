package se.samverkan.deviation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.samverkan.coordination.GroupAccess;
import se.samverkan.coordination.TargetGroup;
import se.samverkan.dispute.Dispute;
import se.samverkan.dispute.DisputeStatus;
import se.samverkan.platform.Clocks;
import se.samverkan.shared.FollowUpYear;
import se.samverkan.tenancy.SpaceScoped;

/**
 * Counts a group's deviations and disputes per year: the overview's tables and what the annual
 * follow-up prefills ({@link #forGroupAndYear}).
 */
@Stateless
@SpaceScoped
public class DeviationStatistics {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject GroupAccess groupAccess;

  public DeviationFigures forGroupAndYear(long groupId, @NotNull FollowUpYear year) {
    groupAccess.visible(groupId);
    List<Deviation> deviations = em.createQuery(
            "select d from Deviation d where d.groupId = :group and d.occurredOn >= :from and d.occurredOn < :until",
            Deviation.class)
        .setParameter("group", groupId)
        .setParameter("from", LocalDate.of(year.value(), 1, 1))
        .setParameter("until", LocalDate.of(year.value() + 1, 1, 1))
        .getResultList();
    Map<DeviationCategory, Long> byCategory = new EnumMap<>(DeviationCategory.class);
    for (DeviationCategory category : DeviationCategory.values()) {
      byCategory.put(category, 0L);
    }
    Map<TargetGroup, Long> byTargetGroup = new EnumMap<>(TargetGroup.class);
    for (TargetGroup targetGroup : TargetGroup.values()) {
      byTargetGroup.put(targetGroup, 0L);
    }
    Map<String, Long> byConclusion = new TreeMap<>();
    byConclusion.put("NOT_ANALYSED", 0L);
    for (Conclusion conclusion : Conclusion.values()) {
      byConclusion.put(conclusion.name(), 0L);
    }
    Map<String, Long> bySection = new TreeMap<>();
    long raised = 0;
    for (Deviation d : deviations) {
      byCategory.merge(d.category(), 1L, Long::sum);
      byTargetGroup.merge(d.targetGroup(), 1L, Long::sum);
      bySection.merge(d.agreementSection(), 1L, Long::sum);
      byConclusion.merge(d.conclusion().map(Enum::name).orElse("NOT_ANALYSED"), 1L, Long::sum);
      raised += d.isRaised() ? 1 : 0;
    }

    // a dispute belongs to the year of the day it was opened, in the area's time zone
    OffsetDateTime from = LocalDate.of(year.value(), 1, 1).atStartOfDay(Clocks.SWEDEN).toOffsetDateTime()
        .withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime until = LocalDate.of(year.value() + 1, 1, 1).atStartOfDay(Clocks.SWEDEN).toOffsetDateTime()
        .withOffsetSameInstant(ZoneOffset.UTC);
    List<Dispute> disputes = em.createQuery(
            "select d from Dispute d where d.groupId = :group and d.openedAt >= :from and d.openedAt < :until",
            Dispute.class)
        .setParameter("group", groupId)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
    Map<String, Long> disputesByOutcome = new TreeMap<>();
    disputesByOutcome.put("OPEN", 0L);
    for (Dispute d : disputes) {
      String outcome = d.status() == DisputeStatus.OPEN ? "OPEN" : "RESOLVED_AT_STEP_" + d.currentStep();
      disputesByOutcome.merge(outcome, 1L, Long::sum);
    }
    return new DeviationFigures(groupId, year, deviations.size(), byCategory, byTargetGroup, bySection,
        byConclusion, raised, disputes.size(), disputesByOutcome);
  }
}
