package se.samverkan.coordination.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.shared.ConflictException;
import se.samverkan.shared.InvalidInputException;

class MeetingRulesTest {

  private static final LocalDateTime MARCH = LocalDateTime.of(2026, 3, 10, 9, 0);

  @Test
  void aNewMeetingOpensWithTheAgreementsStandingItemsInOrderThenTheGroupsOwn() {
    Meeting meeting = meetingAt(MARCH);
    List<AgendaItem> agenda = meeting.openingAgenda(List.of("Samordnad individuell plan"));

    assertThat(agenda).extracting(i -> i.standingItem().orElse(null))
        .containsExactly(StandingItem.LOCAL_STRUCTURES, StandingItem.DEVIATIONS_AND_DISPUTES,
            StandingItem.ORGANISATIONAL_CHANGES, StandingItem.DIVISION_OF_RESPONSIBILITY,
            StandingItem.CO_OPTING, null);
    assertThat(agenda.get(5).title()).contains("Samordnad individuell plan");
    assertThat(agenda).extracting(AgendaItem::position).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(meeting.addOwnItem(agenda, "Övrigt").position()).isEqualTo(6);
  }

  @Test
  void standingItemsStayOnTheAgendaTheGroupsOwnMayGo() {
    Meeting meeting = meetingAt(MARCH);
    List<AgendaItem> agenda = meeting.openingAgenda(List.of("Eget"));
    assertThatThrownBy(() -> meeting.requireRemovable(agenda.get(0))).isInstanceOf(ConflictException.class);
    meeting.requireRemovable(agenda.get(5));
  }

  @Test
  void approvedMinutesNoLongerChange() {
    Meeting meeting = meetingAt(MARCH);
    meeting.approveMinutes("Ebba", Instant.parse("2026-03-11T10:00:00Z"));

    assertThat(meeting.minutesApproved()).isTrue();
    List<AgendaItem> agenda = meeting.openingAgenda(List.of("Eget"));
    assertThatThrownBy(() -> meeting.writeMinutes(agenda.get(0), new MinutesEntry("x", null)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> meeting.addOwnItem(agenda, "Nytt")).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> meeting.requireRemovable(agenda.get(5))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> meeting.approveMinutes("Ebba", Instant.now())).isInstanceOf(ConflictException.class);
  }

  @Test
  void aPlanEndsAfterItStartsAndSaysWhere() {
    assertThatThrownBy(() -> new MeetingPlan(MARCH, MARCH, "Rådhuset", null).requireConsistent())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
    assertThatThrownBy(() -> new MeetingPlan(MARCH, MARCH.plusHours(2), " ", "").requireConsistent())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("place"));
    new MeetingPlan(MARCH, MARCH.plusHours(2), null, "https://meet.example.org/ssgb").requireConsistent();
  }

  @Test
  void anOpenActionItemIsCarriedIntoEveryLaterMeeting() {
    Meeting raisedAt = meetingAt(MARCH);
    ActionItem item = new ActionItem(raisedAt, null, new ActionItemDetails("Kartlägg", "Elevhälsan", null));

    assertThat(item.isCarriedInto(raisedAt)).as("not into the meeting that raised it").isFalse();
    assertThat(item.isCarriedInto(meetingAt(MARCH.minusDays(30)))).as("not into an earlier one").isFalse();
    assertThat(item.isCarriedInto(meetingAt(MARCH.plusMonths(2)))).isTrue();
    assertThat(item.isCarriedInto(meetingAt(MARCH.plusMonths(6)))).isTrue();
  }

  @Test
  void aDoneActionItemIsReportedOnceMoreOnItsDayAndThenLeavesTheAgenda() {
    Meeting raisedAt = meetingAt(MARCH);
    ActionItem item = new ActionItem(raisedAt, null, new ActionItemDetails("Kartlägg", "Elevhälsan", null));
    item.complete(LocalDate.of(2026, 5, 12));

    assertThat(item.isCarriedInto(meetingAt(LocalDateTime.of(2026, 5, 1, 9, 0)))).isTrue();
    assertThat(item.isCarriedInto(meetingAt(LocalDateTime.of(2026, 5, 12, 13, 0)))).isTrue();
    assertThat(item.isCarriedInto(meetingAt(LocalDateTime.of(2026, 9, 1, 9, 0)))).isFalse();

    item.reopen();
    assertThat(item.isCarriedInto(meetingAt(LocalDateTime.of(2026, 9, 1, 9, 0)))).isTrue();
  }

  @Test
  void anActionItemIsOverdueOnlyWhileOpenAfterItsDueDate() {
    ActionItem item = new ActionItem(meetingAt(MARCH), null,
        new ActionItemDetails("Kartlägg", "Elevhälsan", LocalDate.of(2026, 4, 1)));
    assertThat(item.isOverdue(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(item.isOverdue(LocalDate.of(2026, 4, 2))).isTrue();
    item.complete(LocalDate.of(2026, 4, 3));
    assertThat(item.isOverdue(LocalDate.of(2026, 4, 3))).isFalse();
  }

  @Test
  void searchTextIsTakenLiterally() {
    assertThat(new MeetingSearch(MeetingSearch.When.PAST, Optional.of(" 50%_Rabatt ")).likePattern())
        .contains("%50\\%\\_rabatt%");
    assertThat(new MeetingSearch(MeetingSearch.When.PAST, Optional.of("  ")).likePattern()).isEmpty();
  }

  private static Meeting meetingAt(LocalDateTime start) {
    return new Meeting(null, new MeetingPlan(start, start.plusHours(2), "Stadshuset", null));
  }
}
