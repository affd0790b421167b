package se.samverkan.followup.regional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import se.samverkan.coordination.GroupKind;
import se.samverkan.tenancy.TenantId;

/**
 * Reads a compilation's inputs in the region's own session: only the region's snapshots
 * ({@code followup_submission} and its answers and figures, written by
 * {@code submit_followup_report()}), never a party's report, so a draft cannot reach the
 * compilation. The latest submission per report is the one that counts; the compiler keeps only
 * the approved ones. Every query names the region as well, beside row-level security.
 */
@Dependent
public class ApprovedInputs {

  /** The latest submission of each report of the kind, any year. */
  private static final String LATEST = "with latest as (select distinct on (s.report_id) s.id, s.party_id,"
      + " s.group_id, s.group_name, s.year, s.status, s.review_comment from followup_submission s"
      + " where s.tenant_id = ?1 and s.group_kind = ?2 order by s.report_id, s.sequence desc) ";

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  Inputs of(TenantId region, GroupKind kind, int year) {
    List<Inputs.SubmissionRow> submissions = new ArrayList<>();
    for (Object[] r : rows(LATEST + "select id, party_id, group_id, group_name, year, status, review_comment"
        + " from latest", region.value(), kind.name())) {
      submissions.add(new Inputs.SubmissionRow(num(r[0]), (String) r[1], num(r[2]), (String) r[3], (int) num(r[4]),
          (String) r[5], (String) r[6]));
    }
    List<Inputs.ValueRow> values = new ArrayList<>();
    for (Object[] r : rows(LATEST + "select a.submission_id, i.code, i.heading, i.kind, i.position, a.number_value,"
        + " a.text_value from latest l join followup_submitted_answer a on a.submission_id = l.id"
        + " and a.tenant_id = ?1 join indicator i on i.id = a.indicator_id and i.tenant_id = ?1"
        + " where l.status = 'APPROVED' and (i.kind in ('NUMBER', 'RECORDED_COUNT')"
        + " or (i.kind = 'TEXT' and l.year = ?3))", region.value(), kind.name(), year)) {
      values.add(new Inputs.ValueRow(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (int) num(r[4]),
          decimal(r[5]), (String) r[6]));
    }
    List<Inputs.FigureValue> figures = new ArrayList<>();
    for (Object[] r : rows(LATEST + "select a.submission_id, i.code, f.figure_key, f.position, f.value"
        + " from latest l join followup_submitted_answer a on a.submission_id = l.id and a.tenant_id = ?1"
        + " join indicator i on i.id = a.indicator_id and i.tenant_id = ?1"
        + " join followup_submitted_figure f on f.answer_id = a.id and f.tenant_id = ?1"
        + " where l.status = 'APPROVED' and i.kind = 'RECORDED_COUNT'", region.value(), kind.name())) {
      figures.add(new Inputs.FigureValue(num(r[0]), (String) r[1], (String) r[2], (int) num(r[3]), num(r[4])));
    }
    List<Inputs.GroupRow> groups = new ArrayList<>();
    for (Object[] r : rows("select group_id, tenant_id, name from area_groups() where status = 'ACTIVE' and kind = ?1",
        kind.name())) {
      groups.add(new Inputs.GroupRow(num(r[0]), (String) r[1], (String) r[2]));
    }
    return new Inputs(submissions, values, figures, groups);
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add(row instanceof Object[] array ? array : new Object[] {row});
    }
    return rows;
  }

  private static long num(Object value) {
    return ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }
}
