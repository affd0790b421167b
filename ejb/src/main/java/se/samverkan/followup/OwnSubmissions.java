package se.samverkan.followup;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.tenancy.TenantId;

/**
 * A party's own submissions and RUG's steps on them. They are the region's rows (EclipseLink's
 * tenant discriminator would hide them from the party's session), read with SQL that names the
 * party itself; the database's {@code party_reads} policies hold the same on their own.
 */
@Dependent
public class OwnSubmissions {

  private static final String SUBMISSION = "select s.id, s.party_id, s.group_id, s.group_name, s.year, s.report_id,"
      + " s.sequence, s.submitted_at, s.submitted_by, s.status, s.reviewed_at, s.reviewed_by, s.review_comment,"
      + " s.version from followup_submission s where s.party_id = ?1";

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  /** The report's submissions, first to latest. */
  public List<SubmissionSummary> ofReport(TenantId party, long reportId) {
    return read(em.createNativeQuery(SUBMISSION + " and s.report_id = ?2 order by s.sequence")
        .setParameter(2, reportId), party);
  }

  /** The latest submission per group of the party for the year. */
  public List<SubmissionSummary> latestOfYear(TenantId party, int year) {
    return read(em.createNativeQuery(SUBMISSION + " and s.year = ?2 and s.sequence = (select max(o.sequence)"
            + " from followup_submission o where o.report_id = s.report_id and o.party_id = ?1)")
        .setParameter(2, year), party);
  }

  /** The round's steps of the report: its submissions and RUG's steps on them, in order. */
  public List<HistoryEntry> history(TenantId party, long reportId) {
    List<HistoryEntry> history = new ArrayList<>();
    List<SubmissionSummary> submissions = ofReport(party, reportId);
    for (SubmissionSummary s : submissions) {
      history.add(new HistoryEntry("SUBMITTED", s.sequence(), s.submittedAt(), s.submittedBy(), Optional.empty()));
    }
    for (Object row : em.createNativeQuery("select t.step, s.sequence, t.taken_at, t.taken_by, t.comment"
            + " from followup_review_step t join followup_submission s on s.id = t.submission_id"
            + " where t.party_id = ?1 and s.party_id = ?1 and s.report_id = ?2")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.value())
        .setParameter(2, reportId)
        .getResultList()) {
      Object[] r = (Object[]) row;
      history.add(new HistoryEntry((String) r[0], ((Number) r[1]).intValue(), time(r[2]), (String) r[3],
          Optional.ofNullable((String) r[4])));
    }
    history.sort(Comparator.comparing(HistoryEntry::at));
    return history;
  }

  private List<SubmissionSummary> read(jakarta.persistence.Query query, TenantId party) {
    List<SubmissionSummary> found = new ArrayList<>();
    for (Object row : query.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, party.value())
        .getResultList()) {
      Object[] r = (Object[]) row;
      found.add(new SubmissionSummary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
          (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).longValue(), ((Number) r[6]).intValue(),
          time(r[7]), (String) r[8], SubmissionStatus.valueOf((String) r[9]), Optional.ofNullable(r[10]).map(
              OwnSubmissions::time), Optional.ofNullable((String) r[11]), Optional.ofNullable((String) r[12]),
          ((Number) r[13]).longValue()));
    }
    return found;
  }

  static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof java.sql.Timestamp stamp) {
      return stamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value);
  }
}
