package se.samverkan.coordination.meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.tenancy.TenantProvisioning.CreatedGroup;

/**
 * A term of meetings for a demo group, written once when the group is provisioned: two past
 * meetings with approved minutes, attendance and action items (one done, one still followed up),
 * and a coming one. Dates are relative to the day the demo starts, so the demo always has a
 * history and a next meeting. The texts are invented and name no one receiving care.
 *
 * <p>Runs at start-up as the owning role, inside the group's tenant context like provisioning.
 */
public final class DemoTerm {

  private static final String[] NOTES = {
    "Gruppen gick igenom hur samverkansstrukturerna fungerar och vilka forum som behöver ses över.",
    "Inga nya avvikelser eller tvister sedan förra mötet. Mönstret från tidigare avvikelser diskuterades.",
    "Ny organisation för öppenvården från årsskiftet presenterades; kontaktvägarna uppdateras.",
    "Ansvarsfördelningen i gruppen bekräftades; samordnaren håller i kallelser och protokoll.",
    "Gruppen föreslår att adjungera representant för skolans elevhälsa vid nästa möte.",
  };

  private final Connection connection;
  private final Clock clock;

  public DemoTerm(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  /** Writes a term for each group that asked for one, in one transaction. */
  public void write(List<CreatedGroup> groups) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      for (CreatedGroup group : groups) {
        if (group.demoTerm()) {
          writeTerm(group);
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void writeTerm(CreatedGroup group) throws SQLException {
    try (PreparedStatement context = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      context.setString(1, group.tenantId());
      context.execute();
    }
    LocalDate today = LocalDate.now(clock);
    String ownItem = "SSGB".equals(group.kind())
        ? "Samordnad individuell plan (SIP) – gemensam rutin"
        : "Trygg och effektiv utskrivning – uppföljning";
    String place = "Kommunhuset, sammanträdesrum Ljuset";

    long first = meeting(group, today.minusDays(70), place, null, true);
    List<Long> firstItems = agenda(group, first, ownItem, true);
    attendance(group, first);
    actionItem(group, first, firstItems.get(5), "Ta fram en gemensam checklista för SIP-möten",
        "Elevhälsan och BUP", today.minusDays(40), today.minusDays(25));
    actionItem(group, first, firstItems.get(1), "Kartlägga väntetiden till första samordningsmöte",
        "Socialtjänstens mottagning", today.plusDays(30), null);

    long second = meeting(group, today.minusDays(21), null, "https://meet.example.org/" + group.tenantId(), true);
    agenda(group, second, ownItem, true);
    attendance(group, second);

    long next = meeting(group, today.plusDays(28), place, null, false);
    agenda(group, next, ownItem, false);
  }

  private long meeting(CreatedGroup group, LocalDate day, String place, String link, boolean approved)
      throws SQLException {
    LocalDateTime start = day.atTime(LocalTime.of(9, 0));
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into meeting (tenant_id, group_id, starts_at, ends_at, place, link, minutes_status,"
            + " minutes_approved_at, minutes_approved_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
      insert.setString(1, group.tenantId());
      insert.setLong(2, group.groupId());
      insert.setTimestamp(3, Timestamp.valueOf(start));
      insert.setTimestamp(4, Timestamp.valueOf(start.plusHours(2)));
      insert.setString(5, place);
      insert.setString(6, link);
      insert.setString(7, approved ? "APPROVED" : "DRAFT");
      insert.setTimestamp(8, approved ? Timestamp.valueOf(start.plusDays(3)) : null);
      insert.setString(9, approved ? "Gruppens samordnare" : null);
      return returnedId(insert);
    }
  }

  /** The standing items and the group's own, with minutes when the meeting is held. */
  private List<Long> agenda(CreatedGroup group, long meetingId, String ownItem, boolean held) throws SQLException {
    List<Long> ids = new ArrayList<>();
    StandingItem[] standing = StandingItem.values();
    for (int position = 0; position <= standing.length; position++) {
      boolean own = position == standing.length;
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into agenda_item (tenant_id, meeting_id, position, standing_item, title, notes, decisions)"
              + " values (?, ?, ?, ?, ?, ?, ?) returning id")) {
        insert.setString(1, group.tenantId());
        insert.setLong(2, meetingId);
        insert.setInt(3, position);
        insert.setString(4, own ? null : standing[position].name());
        insert.setString(5, own ? ownItem : null);
        insert.setString(6, held ? (own ? "Arbetsgruppen redovisade ett utkast." : NOTES[position]) : null);
        insert.setString(7, held && own ? "Utkastet skickas på remiss till verksamheterna." : null);
        ids.add(returnedId(insert));
      }
    }
    return ids;
  }

  /** Everyone present but the last member, who sent word. */
  private void attendance(CreatedGroup group, long meetingId) throws SQLException {
    List<Object[]> members = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "select id, name, organisation from group_member where group_id = ? order by id")) {
      select.setLong(1, group.groupId());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          members.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3)});
        }
      }
    }
    for (int i = 0; i < members.size(); i++) {
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into meeting_attendance (tenant_id, meeting_id, member_id, name, organisation, attendance)"
              + " values (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, group.tenantId());
        insert.setLong(2, meetingId);
        insert.setLong(3, (Long) members.get(i)[0]);
        insert.setString(4, (String) members.get(i)[1]);
        insert.setString(5, (String) members.get(i)[2]);
        insert.setString(6, i == members.size() - 1 && i > 0 ? "EXCUSED" : "PRESENT");
        insert.executeUpdate();
      }
    }
  }

  private void actionItem(CreatedGroup group, long meetingId, long agendaItemId, String description,
      String responsible, LocalDate due, LocalDate completedOn) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into action_item (tenant_id, group_id, meeting_id, agenda_item_id, description, responsible,"
            + " due_date, status, completed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, group.tenantId());
      insert.setLong(2, group.groupId());
      insert.setLong(3, meetingId);
      insert.setLong(4, agendaItemId);
      insert.setString(5, description);
      insert.setString(6, responsible);
      insert.setObject(7, due);
      insert.setString(8, completedOn == null ? "OPEN" : "DONE");
      insert.setObject(9, completedOn);
      insert.executeUpdate();
    }
  }

  private static long returnedId(PreparedStatement insert) throws SQLException {
    try (ResultSet rows = insert.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
