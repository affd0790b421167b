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
import jakarta.persistence.Version;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * One item of a meeting's agenda and what the minutes say under it. Each item has its own
 * version, so two people writing minutes under different items do not collide, and two writing
 * under the same one do (409) instead of one silently overwriting the other.
 */
@Entity
@Table(name = "agenda_item")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "standing_item")
  private StandingItem standingItem;

  private String title;

  private String notes;

  private String decisions;

  @Version private long version;

  protected AgendaItem() {}

  private AgendaItem(Meeting meeting, int position, StandingItem standingItem, String title) {
    this.meeting = meeting;
    this.position = position;
    this.standingItem = standingItem;
    this.title = title;
  }

  static AgendaItem standing(Meeting meeting, int position, StandingItem item) {
    return new AgendaItem(meeting, position, item, null);
  }

  static AgendaItem own(Meeting meeting, int position, String title) {
    return new AgendaItem(meeting, position, null, title);
  }

  void record(MinutesEntry entry) {
    this.notes = entry.notes();
    this.decisions = entry.decisions();
  }

  public long id() {
    return id;
  }

  public long meetingId() {
    return meeting.id();
  }

  public int position() {
    return position;
  }

  /** The agreement's item this is, or empty for an item of the group's own. */
  public Optional<StandingItem> standingItem() {
    return Optional.ofNullable(standingItem);
  }

  /** The title of an item of the group's own; a standing item's title comes from the language. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Optional<String> decisions() {
    return Optional.ofNullable(decisions);
  }

  public long version() {
    return version;
  }
}
