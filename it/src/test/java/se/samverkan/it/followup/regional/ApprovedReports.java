package se.samverkan.it.followup.regional;

import static se.samverkan.it.support.Database.setTenant;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.samverkan.it.support.Database;
import se.samverkan.it.support.Halland;

/**
 * Generated submissions to Region Halland for one year of its own, written as the owner the way
 * {@code submit_followup_report()} writes them (in the party's context, which the policy
 * {@code submitted_by_its_party} requires), then reviewed in the region's context. A year far
 * ahead, with its own indicator set, so nothing another test or the demo writes is counted.
 */
final class ApprovedReports {

  static final String NUMBER = "RF_NUMBER";
  static final String COUNT = "RF_DEVIATIONS";
  static final String TEXT = "RF_ANALYSIS";
  static final List<String> KEYS = List.of("SIP", "INFORMATION", "DISCHARGE");

  private final Database database;
  private final Random random;
  final int year;
  private final long setId;
  final Map<String, Long> indicator = new LinkedHashMap<>();

  /** One submission as written, with its figures. */
  record Submission(long id, String party, long groupId, String groupName, BigDecimal number,
      Map<String, Integer> counts, String text) {}

  ApprovedReports(Database database, long seed) throws SQLException {
    this.database = database;
    this.random = new Random(seed);
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      setTenant(owner, Halland.REGION);
      int chosen = 0;
      long set = 0;
      for (int attempt = 0; attempt < 50 && chosen == 0; attempt++) {
        int candidate = 2040 + random.nextInt(60);
        if (one(owner, "select count(*) from indicator_set where tenant_id = ? and valid_from_year = ?",
            Halland.REGION, candidate) == 0) {
          chosen = candidate;
          set = one(owner, "insert into indicator_set (tenant_id, valid_from_year, name, created_at)"
              + " values (?, ?, ?, now()) returning id", Halland.REGION, candidate, "Provuppsättning " + candidate);
        }
      }
      year = chosen;
      setId = set;
      indicator.put(NUMBER, one(owner, "insert into indicator (tenant_id, indicator_set_id, position, code, heading,"
          + " kind) values (?, ?, 1, ?, 'Antal gemensamma utbildningstillfällen', 'NUMBER') returning id",
          Halland.REGION, setId, NUMBER));
      indicator.put(COUNT, one(owner, "insert into indicator (tenant_id, indicator_set_id, position, code, heading,"
          + " kind, source) values (?, ?, 2, ?, 'Avvikelser per kategori', 'RECORDED_COUNT', 'DEVIATIONS_BY_CATEGORY')"
          + " returning id", Halland.REGION, setId, COUNT));
      indicator.put(TEXT, one(owner, "insert into indicator (tenant_id, indicator_set_id, position, code, heading,"
          + " kind) values (?, ?, 3, ?, 'Framgångsfaktorer och utvecklingsområden', 'TEXT') returning id",
          Halland.REGION, setId, TEXT));
      owner.commit();
    }
  }

  /** The provisioned SSGB group of a municipality (id), read in its own context. */
  long ssgb(String municipality) throws SQLException {
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      setTenant(owner, municipality);
      long id = one(owner, "select id from coordination_group where name = ?", Halland.groupName("SSGB", municipality));
      owner.commit();
      return id;
    }
  }

  /** A submission with random figures; its report is new unless {@code report} names one. */
  Submission submit(String party, long groupId, String groupName, long report, int sequence) throws SQLException {
    BigDecimal number = BigDecimal.valueOf(random.nextInt(500));
    Map<String, Integer> counts = new LinkedHashMap<>();
    KEYS.forEach(k -> counts.put(k, random.nextInt(40)));
    String text = "Analys från " + groupName + " år " + year + " nr " + random.nextInt(1_000_000);
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      setTenant(owner, party);
      long id = one(owner, "insert into followup_submission (tenant_id, party_id, group_id, group_name, group_kind, year,"
          + " indicator_set_id, report_id, sequence, submitted_at, submitted_by)"
          + " values (?, ?, ?, ?, 'SSGB', ?, ?, ?, ?, now(), 'prov@example.org') returning id",
          Halland.REGION, party, groupId, groupName, year, setId, report, sequence);
      one(owner, "insert into followup_submitted_answer (tenant_id, party_id, submission_id, indicator_id, number_value)"
          + " values (?, ?, ?, ?, ?) returning id", Halland.REGION, party, id, indicator.get(NUMBER), number);
      long answer = one(owner, "insert into followup_submitted_answer (tenant_id, party_id, submission_id, indicator_id)"
          + " values (?, ?, ?, ?) returning id", Halland.REGION, party, id, indicator.get(COUNT));
      int position = 0;
      for (Map.Entry<String, Integer> count : counts.entrySet()) {
        one(owner, "insert into followup_submitted_figure (tenant_id, party_id, answer_id, position, figure_key,"
            + " recorded_value, value) values (?, ?, ?, ?, ?, ?, ?) returning id", Halland.REGION, party, answer,
            position++, count.getKey(), count.getValue(), count.getValue());
      }
      one(owner, "insert into followup_submitted_answer (tenant_id, party_id, submission_id, indicator_id, text_value)"
          + " values (?, ?, ?, ?, ?) returning id", Halland.REGION, party, id, indicator.get(TEXT), text);
      owner.commit();
      return new Submission(id, party, groupId, groupName, number, counts, text);
    }
  }

  /** RUG's verdict on a submission, written in the region's context. */
  void review(Submission submission, String status, String comment) throws SQLException {
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      setTenant(owner, Halland.REGION);
      Database.update(owner, "update followup_submission set status = ?, reviewed_at = now(), reviewed_by = 'rug',"
          + " review_comment = ? where id = ?", status, comment, submission.id());
      owner.commit();
    }
  }

  /** Changes an approved input behind the publication's back (as a later reopen and approval would). */
  void changeNumber(Submission submission, BigDecimal value) throws SQLException {
    try (Connection owner = database.asOwner()) {
      owner.setAutoCommit(false);
      setTenant(owner, Halland.REGION);
      Database.update(owner, "update followup_submitted_answer set number_value = ? where submission_id = ?"
          + " and indicator_id = ?", value, submission.id(), indicator.get(NUMBER));
      owner.commit();
    }
  }

  long newReportId() {
    return 8_000_000_000L + (random.nextLong() & 0xFFFFFFFL);
  }

  static List<Submission> approvedOnly(List<Submission> all, List<Long> approvedIds) {
    List<Submission> kept = new ArrayList<>();
    all.stream().filter(s -> approvedIds.contains(s.id())).forEach(kept::add);
    return kept;
  }

  private static long one(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
