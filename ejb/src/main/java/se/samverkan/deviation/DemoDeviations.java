package se.samverkan.deviation;

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
import se.samverkan.dispute.JsonListsAccess;
import se.samverkan.dispute.LadderStep;
import se.samverkan.dispute.StepPerson;
import se.samverkan.tenancy.TenantProvisioning.CreatedGroup;

/**
 * Invented, de-identified deviations and disputes for a demo area's groups over the last two
 * years, written once with the groups: deviations brought, analysed at one of the group's demo
 * meetings, closed, and some raised to RUG (through {@code raise_deviation_to_rug}, as the
 * application does); disputes resolved at the first or second step, and one still open. No text
 * names or identifies anyone.
 *
 * <p>Runs at start-up as the owning role, in each party's context in turn.
 */
public final class DemoDeviations {

  private record Sample(int monthsAgo, String category, String targetGroup, String section, String description,
      String actions, String conclusion, boolean closed, boolean raised) {}

  private static final List<Sample> SAMPLES = List.of(
      new Sample(2, "INFORMATION_TRANSFER", "CHILDREN", "4.1 SIP",
          "Kallelse till SIP nådde inte skolan före mötet, som fick ställas in.",
          "Rutinen för kallelser har gåtts igenom på enheten.", null, false, false),
      new Sample(5, "RESPONSIBILITY_UNCLEAR", "MENTAL_DISABILITY", "5.3 Boende",
          "Oklart vem som skulle ordna boendestöd efter utskrivning; insatsen startade tre veckor sent.",
          "Ärendet är avslutat enligt egen rutin; kontakt tagen med psykiatrin.", "LOCAL_IMPROVEMENT", true, false),
      new Sample(9, "AGREEMENT_FAULT", "YOUNG_ADULTS_PLACED", "5.2 Unga vuxna",
          "Överenskommelsen anger inte vem som samordnar insatser för unga vuxna placerade utanför hemmet.",
          "Avvikelsen är utredd i egen organisation.", "RAISE_TO_RUG", true, true),
      new Sample(14, "COORDINATION_STRUCTURE", "SUBSTANCE_USE", "4.8 Samsjuklighet",
          "Det saknas en gemensam mottagning för samsjuklighet; patienten hänvisades mellan verksamheterna.",
          "Verksamheterna har haft ett gemensamt möte om rutinen.", "RAISE_TO_RUG", true, false),
      new Sample(20, "OTHER", "CHILDREN", "4.2 Anmälningsplikt",
          "Orosanmälan fördröjdes eftersom kontaktvägen mellan verksamheterna var okänd.",
          "Kontaktvägarna är publicerade på intranätet.", "LOCAL_IMPROVEMENT", true, false));

  private final Connection connection;
  private final Clock clock;

  public DemoDeviations(Connection connection, Clock clock) {
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
      LocalDate today = LocalDate.now(clock);
      Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
      int index = 0;
      for (CreatedGroup group : demo) {
        actAs(group.tenantId());
        Optional<Long> meeting = firstMeeting(group.groupId());
        // every group gets most samples, shifted a little so the groups' figures differ
        for (int i = 0; i < SAMPLES.size(); i++) {
          if ((i + index) % 4 == 3) {
            continue;
          }
          Sample sample = SAMPLES.get(i);
          boolean analysed = sample.conclusion() != null && meeting.isPresent();
          deviation(group, today.minusMonths(sample.monthsAgo()).minusDays(index % 7), sample,
              analysed ? meeting.get() : null, now, analysed && sample.raised() && index % 2 == 0);
        }
        dispute(group, "Vem bekostar skolskjuts vid placering i annan kommun under pågående utredning?",
            "Socialtjänsten och skolförvaltningen", "5.1 Barn och unga", now.minus(200, ChronoUnit.DAYS),
            today.minusDays(200), 2, "Avdelningscheferna enades om att dela kostnaden lika.");
        dispute(group, "Vilken huvudman ansvarar för hjälpmedel vid korttidsvistelse?",
            "Hemsjukvården och LSS-verksamheten", "4.6 Hjälpmedel", now.minus(3, ChronoUnit.DAYS),
            today.minusDays(3), 1, null);
        index++;
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private void deviation(CreatedGroup group, LocalDate occurredOn, Sample sample, Long meetingId, Instant now,
      boolean raise) throws SQLException {
    boolean analysed = meetingId != null;
    long id;
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into deviation (tenant_id, group_id, occurred_on, reporting_organisation, reporting_unit, target_group,"
            + " agreement_section, category, description, actions_taken, status, brought_by, brought_at, meeting_id,"
            + " analysis, conclusion, analysed_by, analysed_at, closed_by, closed_at, rug_summary, raised_by, raised_at)"
            + " values (?, ?, ?, ?, 'Enheten för barn och familj', ?, ?, ?, ?, ?, ?, 'Demo Ledamot', ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?) returning id")) {
      Timestamp brought = Timestamp.from(now.minus(1, ChronoUnit.DAYS));
      boolean closed = analysed && sample.closed();
      insert.setString(1, group.tenantId());
      insert.setLong(2, group.groupId());
      insert.setObject(3, occurredOn);
      insert.setString(4, group.tenantId());
      insert.setString(5, sample.targetGroup());
      insert.setString(6, sample.section());
      insert.setString(7, sample.category());
      insert.setString(8, sample.description());
      insert.setString(9, sample.actions());
      insert.setString(10, closed ? "CLOSED" : analysed ? "ANALYSED" : "BROUGHT");
      insert.setTimestamp(11, brought);
      insert.setObject(12, meetingId);
      insert.setString(13, analysed ? "Gruppen ser att rutinen behöver förtydligas mellan huvudmännen." : null);
      insert.setString(14, analysed ? sample.conclusion() : null);
      insert.setString(15, analysed ? "Demo Samordnare" : null);
      insert.setTimestamp(16, analysed ? brought : null);
      insert.setString(17, closed ? "Demo Samordnare" : null);
      insert.setTimestamp(18, closed ? brought : null);
      insert.setString(19, raise ? "Överenskommelsen saknar en tydlig ansvarsfördelning för samordning av insatser"
          + " till målgruppen; flera kommuner har liknande avvikelser." : null);
      insert.setString(20, raise ? "Demo Samordnare" : null);
      insert.setTimestamp(21, raise ? brought : null);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        id = rows.getLong(1);
      }
    }
    if (raise) {
      try (PreparedStatement raised = connection.prepareStatement("select raise_deviation_to_rug(?)")) {
        raised.setLong(1, id);
        raised.execute();
      }
    }
  }

  /** A dispute opened on {@code openedOn} that reached {@code steps} steps, resolved if an outcome is given. */
  private void dispute(CreatedGroup group, String question, String parties, String section, Instant openedAt,
      LocalDate openedOn, int steps, String outcome) throws SQLException {
    long id;
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into dispute (tenant_id, group_id, question, parties, agreement_section, status, ladder, current_step,"
            + " opened_by, opened_at, outcome, resolved_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'Demo Ledamot', ?, ?, ?)"
            + " returning id")) {
      insert.setString(1, group.tenantId());
      insert.setLong(2, group.groupId());
      insert.setString(3, question);
      insert.setString(4, parties);
      insert.setString(5, section);
      insert.setString(6, outcome == null ? "OPEN" : "RESOLVED");
      insert.setString(7, JsonListsAccess.steps(LadderStep.AGREEMENT));
      insert.setInt(8, steps);
      insert.setTimestamp(9, Timestamp.from(openedAt));
      insert.setString(10, outcome);
      insert.setTimestamp(11, outcome == null ? null : Timestamp.from(openedAt.plus(40, ChronoUnit.DAYS)));
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        id = rows.getLong(1);
      }
    }
    LocalDate raisedOn = openedOn;
    for (int position = 1; position <= steps; position++) {
      LadderStep step = LadderStep.AGREEMENT.get(position - 1);
      boolean last = position == steps;
      String stepOutcome = !last ? "Ingen enighet; frågan lyfts till nästa steg." : outcome;
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into dispute_step (tenant_id, dispute_id, position, name, people, raised_at, deadline, outcome,"
              + " ended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, group.tenantId());
        insert.setLong(2, id);
        insert.setInt(3, position);
        insert.setString(4, step.name());
        insert.setString(5, JsonListsAccess.people(List.of(
            new StepPerson("Chef " + position + " (demo)", "chef" + position + "." + group.tenantId() + "@example.org"))));
        insert.setTimestamp(6, Timestamp.from(openedAt.plus((position - 1) * 20L, ChronoUnit.DAYS)));
        insert.setObject(7, raisedOn.plusDays(step.deadlineDays()));
        insert.setString(8, stepOutcome);
        insert.setTimestamp(9, stepOutcome == null ? null
            : Timestamp.from(openedAt.plus(position * 20L - 1, ChronoUnit.DAYS)));
        insert.execute();
      }
      raisedOn = raisedOn.plusDays(20);
    }
  }

  private Optional<Long> firstMeeting(long groupId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "select id from meeting where group_id = ? and starts_at < now() order by starts_at limit 1")) {
      select.setLong(1, groupId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    }
  }

  private void actAs(String tenant) throws SQLException {
    try (PreparedStatement context = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      context.setString(1, tenant);
      context.execute();
    }
  }
}
