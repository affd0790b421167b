package se.samverkan.coordination.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.GroupMember;

/**
 * Whether a member took part in a meeting. Name and organisation are kept with the record, so the
 * minutes still say who attended after the member has left the group.
 */
@Entity
@Table(name = "meeting_attendance")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class MeetingAttendee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "member_id")
  private Long memberId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Attendance attendance;

  protected MeetingAttendee() {}

  MeetingAttendee(Meeting meeting, GroupMember member, Attendance attendance) {
    this.meeting = meeting;
    this.memberId = member.id();
    this.name = member.name();
    this.organisation = member.organisation();
    this.attendance = attendance;
  }

  public Optional<Long> memberId() {
    return Optional.ofNullable(memberId);
  }

  public String name() {
    return name;
  }

  /** Id of the party or user organisation the member represented. */
  public String organisation() {
    return organisation;
  }

  public Attendance attendance() {
    return attendance;
  }
}
