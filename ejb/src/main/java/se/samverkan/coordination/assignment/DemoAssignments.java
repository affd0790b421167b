package se.samverkan.coordination.assignment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import se.samverkan.tenancy.TenantProvisioning.CreatedGroup;

/**
 * Two of RUG's development assignments for a demo area, written once with its groups: one to all
 * SSGB in progress (two groups have submitted a progress report, one has a draft) and one to all
 * SSGV nearly done (one group has submitted its final report). Reports are submitted the way the
 * application does it, through {@code submit_assignment_report}, so RUG's overview shows only
 * what was submitted. Texts are invented.
 *
 * <p>Runs at start-up as the owning role, in each party's context in turn.
 */
public final class DemoAssignments {

  private final Connection connection;
  private final Clock clock;

  public DemoAssignments(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  public void write(List<CreatedGroup> created) throws SQLException {
    List<CreatedGroup> demo = created.stream().filter(CreatedGroup::demoTerm).toList();
    if (demo.isEmpty()) {
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      String region = regionOf(demo.get(0).tenantId());
      LocalDate today = LocalDate.now(clock);
      actAs(region);
      long sip = assignment(region, "Kartlägg hur samordnad individuell plan (SIP) används för barn och unga"
          + " i kommunen, och föreslå förbättringar av rutinen.", "Regional överenskommelse, avsnitt om SIP",
          today.plusDays(60), "SSGB");
      long discharge = assignment(region, "Följ upp den lokala rutinen för trygg och effektiv utskrivning"
          + " från sluten hälso- och sjukvård.", "Överenskommelse om trygg och effektiv utskrivning",
          today.plusDays(21), "SSGV");

      int ssgb = 0;
      for (CreatedGroup group : demo.stream().filter(g -> "SSGB".equals(g.kind())).toList()) {
        actAs(group.tenantId());
        if (ssgb < 2) {
          report(group, sip, "PROGRESS", "Kartläggningen pågår; enkät skickad till skolor och BUP.", true);
        } else if (ssgb == 2) {
          report(group, sip, "PROGRESS", "Utkast: gruppen har börjat samla in underlag.", false);
        }
        ssgb++;
      }
      Optional<CreatedGroup> firstSsgv = demo.stream().filter(g -> "SSGV".equals(g.kind())).findFirst();
      if (firstSsgv.isPresent()) {
        actAs(firstSsgv.get().tenantId());
        report(firstSsgv.get(), discharge, "PROGRESS", "Rutinen är genomgången med vårdcentralerna.", true);
        report(firstSsgv.get(), discharge, "FINAL",
            "Rutinen följs i huvudsak; två förbättringar är införda och följs upp i höst.", true);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private String regionOf(String tenant) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("select area_region_of(?)")) {
      select.setString(1, tenant);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private void actAs(String tenant) throws SQLException {
    try (PreparedStatement context = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      context.setString(1, tenant);
      context.execute();
    }
  }

  private long assignment(String region, String description, String reference, LocalDate due, String kind)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into assignment (tenant_id, description, agreement_ref, due_date, target_kind)"
            + " values (?, ?, ?, ?, ?) returning id")) {
      insert.setString(1, region);
      insert.setString(2, description);
      insert.setString(3, reference);
      insert.setObject(4, due);
      insert.setString(5, kind);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void report(CreatedGroup group, long assignmentId, String kind, String body, boolean submitted)
      throws SQLException {
    long reportId;
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into assignment_report (tenant_id, assignment_id, group_id, kind, body, status, submitted_at)"
            + " values (?, ?, ?, ?, ?, ?, ?) returning id")) {
      insert.setString(1, group.tenantId());
      insert.setLong(2, assignmentId);
      insert.setLong(3, group.groupId());
      insert.setString(4, kind);
      insert.setString(5, body);
      insert.setString(6, submitted ? "SUBMITTED" : "DRAFT");
      insert.setTimestamp(7, submitted ? Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)) : null);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        reportId = rows.getLong(1);
      }
    }
    if (submitted) {
      try (PreparedStatement submit = connection.prepareStatement("select submit_assignment_report(?)")) {
        submit.setLong(1, reportId);
        submit.execute();
      }
    }
  }
}
