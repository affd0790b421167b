package se.samverkan.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.platform.Clocks;
import se.samverkan.tenancy.TenantProvisioning.CreatedGroup;

/**
 * Three years of annual follow-up for a demo area, written once with its groups: RUG's rounds of
 * 2023–2025, a changed indicator set from 2025 (a choice and a table added), every SSGB/SSGV group
 * approved for 2023 and 2024, and 2025 a mix of submitted, returned, draft and not started.
 * Reports are submitted the way the application does it, through {@code submit_followup_report},
 * so the region holds only what was submitted. Texts are invented; the figures are counted from
 * the group's records as the application's prefill counts them.
 *
 * <p>Runs at start-up as the owning role, in each party's context in turn.
 */
public final class DemoFollowUps {

  static final int FIRST_YEAR = 2023;
  static final int LAST_YEAR = 2025;
  private static final String RUG = "RUG (demo)";

  private final Connection connection;
  private final Clock clock;

  public DemoFollowUps(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  public void write(List<CreatedGroup> created) throws SQLException {
    List<CreatedGroup> demo = created.stream()
        .filter(g -> g.demoTerm() && ("SSGB".equals(g.kind()) || "SSGV".equals(g.kind())))
        .toList();
    if (demo.isEmpty()) {
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      String region = regionOf(demo.get(0).tenantId());
      DemoSql.actAs(connection, region);
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        if (!DemoSql.exists(connection, "select 1 from followup_round where tenant_id = ? and year = ?", region, year)) {
          DemoSql.update(connection, "insert into followup_round (tenant_id, year, deadline) values (?, ?, ?)",
              region, year, LocalDate.of(year + 1, 2, 28));
        }
      }
      if (!DemoSql.exists(connection, "select 1 from indicator_set where tenant_id = ? and valid_from_year = ?",
          region, LAST_YEAR)) {
        List<IndicatorDefinition> changed = new ArrayList<>(DefaultIndicators.definitions());
        changed.add(new IndicatorDefinition("USER_PARTICIPATION", "5. Brukarmedverkan i gruppens arbete",
            Optional.of("Hur ofta har brukar- och anhörigorganisationer deltagit?"), IndicatorKind.CHOICE,
            Optional.empty(), List.of("Inte alls", "Vid enstaka tillfällen", "Regelbundet"), List.of(), true));
        changed.add(new IndicatorDefinition("NEXT_STEPS", "6. Utvecklingsområden inför nästa år",
            Optional.of("Ett område per rad."), IndicatorKind.TABLE, Optional.empty(), List.of(),
            List.of("Område", "Ansvarig organisation", "Klart senast"), false));
        DefaultIndicatorSets.write(connection, region, LAST_YEAR, "Indikatorer från 2025, med brukarmedverkan",
            changed, clock.instant());
      }

      int index = 0;
      for (CreatedGroup group : demo) {
        for (int year = FIRST_YEAR; year < LAST_YEAR; year++) {
          approve(region, report(group, year, true), year);
        }
        switch (index % 4) {
          case 0 -> report(group, LAST_YEAR, true);
          case 1 -> returned(region, report(group, LAST_YEAR, true), LAST_YEAR);
          case 2 -> report(group, LAST_YEAR, false);
          default -> { } // not started
        }
        index++;
      }
      DemoSql.actAs(connection, "");
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Writes the group's report of the year on the set that applies, and submits it if asked. */
  private long report(CreatedGroup group, int year, boolean submit) throws SQLException {
    DemoSql.actAs(connection, group.tenantId());
    long setId = DemoSql.id(connection, "select id from indicator_set where tenant_id = area_region_of(?)"
        + " and valid_from_year <= ? order by valid_from_year desc limit 1", group.tenantId(), year);
    OffsetDateTime created = LocalDate.of(year, 12, 1).atStartOfDay(Clocks.SWEDEN).toOffsetDateTime();
    OffsetDateTime submitted = LocalDate.of(year + 1, 2, 10).atTime(10, 0).atZone(Clocks.SWEDEN).toOffsetDateTime();
    long reportId = DemoSql.id(connection, "insert into followup_report (tenant_id, group_id, year, indicator_set_id,"
            + " status, created_at, created_by, submitted_at, submitted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
        group.tenantId(), group.groupId(), year, setId, submit ? "SUBMITTED" : "DRAFT", created, "Samordnare (demo)",
        submit ? submitted : null, submit ? "Samordnare (demo)" : null);
    try (PreparedStatement indicators = connection.prepareStatement(
        "select id, code, kind, source, choices from indicator where indicator_set_id = ? order by position")) {
      indicators.setLong(1, setId);
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet r = indicators.executeQuery()) {
        while (r.next()) {
          rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
        }
      }
      for (Object[] indicator : rows) {
        answer(group, year, reportId, (long) indicator[0], (String) indicator[1], (String) indicator[2],
            (String) indicator[3], (String) indicator[4], submit);
      }
    }
    if (submit) {
      return DemoSql.id(connection, "select submit_followup_report(?)", reportId);
    }
    return -1;
  }

  private void answer(CreatedGroup group, int year, long reportId, long indicatorId, String code, String kind,
      String source, String choices, boolean complete) throws SQLException {
    String text = switch (kind) {
      case "TEXT" -> complete || code.equals("STRUCTURES") ? text(code, group.kind(), year) : null;
      default -> null;
    };
    String choice = "CHOICE".equals(kind) && complete ? Lines.split(choices).get(year % 3) : null;
    String table = "TABLE".equals(kind) && complete
        ? "Gemensam rutin för SIP\t" + group.tenantId() + "\t" + (year + 1) + "-06-30" : null;
    long answerId = DemoSql.id(connection, "insert into followup_answer (tenant_id, report_id, indicator_id,"
            + " text_value, choice_value, table_value) values (?, ?, ?, ?, ?, ?) returning id",
        group.tenantId(), reportId, indicatorId, text, choice, table);
    if ("RECORDED_COUNT".equals(kind)) {
      int position = 1;
      for (Map.Entry<String, Integer> figure : counted(group, year, IndicatorSource.valueOf(source)).entrySet()) {
        DemoSql.update(connection, "insert into followup_figure (tenant_id, answer_id, position, figure_key,"
                + " recorded_value, value) values (?, ?, ?, ?, ?, ?)",
            group.tenantId(), answerId, position++, figure.getKey(), figure.getValue(), figure.getValue());
      }
    }
  }

  /** The group's figures, counted from its records as {@link Prefill} counts them. */
  private Map<String, Integer> counted(CreatedGroup group, int year, IndicatorSource source) throws SQLException {
    Map<String, Integer> figures = new LinkedHashMap<>();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate until = from.plusYears(1);
    OffsetDateTime fromTime = from.atStartOfDay(Clocks.SWEDEN).toOffsetDateTime();
    OffsetDateTime untilTime = until.atStartOfDay(Clocks.SWEDEN).toOffsetDateTime();
    for (String key : source.figureKeys()) {
      int count = switch (source) {
        case DEVIATIONS_BY_CATEGORY -> count("select count(*) from deviation where group_id = ? and category = ?"
            + " and occurred_on >= ? and occurred_on < ?", group.groupId(), key, from, until);
        case DISPUTES -> count("select count(*) from dispute where group_id = ? and opened_at >= ? and opened_at < ?"
            + (key.equals("STILL_OPEN") ? " and status = 'OPEN'" : ""), group.groupId(), fromTime, untilTime);
        case STRUCTURE_CHANGES -> switch (key) {
          case "MEMBERS_JOINED" -> count("select count(*) from group_member where group_id = ?"
              + " and period_start >= ? and period_start < ?", group.groupId(), from, until);
          case "MEMBERS_LEFT" -> count("select count(*) from group_member where group_id = ?"
              + " and period_end >= ? and period_end < ?", group.groupId(), from, until);
          default -> {
            LocalDateTime now = LocalDateTime.now(clock.withZone(Clocks.SWEDEN));
            LocalDateTime end = until.atStartOfDay().isBefore(now) ? until.atStartOfDay() : now;
            yield count("select count(*) from meeting where group_id = ? and starts_at >= ? and starts_at < ?",
                group.groupId(), from.atStartOfDay(), end);
          }
        };
        case ASSIGNMENT_REPORTS -> count("select count(*) from assignment_report where group_id = ? and kind = ?"
                + " and status = 'SUBMITTED' and submitted_at >= ? and submitted_at < ?", group.groupId(),
            key.replace("_REPORTS", ""), fromTime, untilTime);
      };
      figures.put(key, count);
    }
    return figures;
  }

  private int count(String sql, Object... parameters) throws SQLException {
    return (int) DemoSql.id(connection, sql, parameters);
  }

  private void approve(String region, long submissionId, int year) throws SQLException {
    review(region, submissionId, year, "APPROVED", "Tack för en tydlig uppföljning.");
  }

  private void returned(String region, long submissionId, int year) throws SQLException {
    review(region, submissionId, year, "RETURNED",
        "Beskriv gärna mer om hur avvikelserna har analyserats, och vilka åtgärder som följer.");
  }

  private void review(String region, long submissionId, int year, String step, String comment) throws SQLException {
    DemoSql.actAs(connection, region);
    Timestamp at = Timestamp.from(LocalDate.of(year + 1, 3, 5).atTime(14, 0).atZone(Clocks.SWEDEN).toInstant());
    String party;
    try (PreparedStatement update = connection.prepareStatement("update followup_submission set status = ?,"
        + " reviewed_at = ?, reviewed_by = ?, review_comment = ? where id = ? returning party_id")) {
      update.setString(1, step);
      update.setTimestamp(2, at);
      update.setString(3, RUG);
      update.setString(4, comment);
      update.setLong(5, submissionId);
      try (ResultSet rows = update.executeQuery()) {
        rows.next();
        party = rows.getString(1);
      }
    }
    DemoSql.update(connection, "insert into followup_review_step (tenant_id, party_id, submission_id, step, taken_at,"
        + " taken_by, comment) values (?, ?, ?, ?, ?, ?, ?)", region, party, submissionId, step, at, RUG, comment);
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

  private static String text(String code, String kind, int year) {
    String who = "SSGB".equals(kind) ? "barn och unga" : "vuxna";
    return switch (code) {
      case "STRUCTURES" -> "Under " + year + " har gruppen infört en gemensam mötesplan och en kontaktlista för "
          + who + ", så att rätt person nås snabbare mellan region och kommun.";
      case "ASSIGNMENTS" -> "Gruppen har arbetat med RUG:s uppdrag och lämnat lägesrapporter enligt plan.";
      case "DEVIATION_ANALYSIS" -> "Avvikelserna handlar främst om informationsöverföring vid utskrivning."
          + " Gruppen har tagit fram en checklista som följs upp på varje möte.";
      case "SUCCESS_FACTORS" -> "Regelbundna möten och tydliga mandat har varit framgångsfaktorer."
          + " Fortsatt utveckling behövs kring gemensam uppföljning av SIP.";
      default -> "Gruppen redovisar detta på nästa möte.";
    };
  }
}
