package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.shared.InvalidInputException;

/**
 * One figure of a recorded count: what the group's records said when the draft was made, and
 * what the group reports. A figure that differs from the records needs a reason.
 */
@Entity
@Table(name = "followup_figure")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class FollowUpFigure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "answer_id", nullable = false, updatable = false)
  private long answerId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "figure_key", nullable = false, updatable = false)
  private String key;

  @Column(name = "recorded_value", nullable = false, updatable = false)
  private int recordedValue;

  @Column(nullable = false)
  private int value;

  private String reason;

  protected FollowUpFigure() {}

  FollowUpFigure(long answerId, int position, String key, int recordedValue) {
    this.answerId = answerId;
    this.position = position;
    this.key = key;
    this.recordedValue = recordedValue;
    this.value = recordedValue;
  }

  /** Reports another figure than the records give; the reason is required then. */
  void report(int value, Optional<String> reason) {
    Optional<String> given = reason.map(String::strip).filter(r -> !r.isEmpty());
    if (value < 0) {
      throw new InvalidInputException("figures." + key, "A figure cannot be negative");
    }
    if (value != recordedValue && given.isEmpty()) {
      throw new InvalidInputException("figures." + key + ".reason",
          "Say why the figure differs from the recorded " + recordedValue);
    }
    if (given.map(String::length).orElse(0) > 2000) {
      throw new InvalidInputException("figures." + key + ".reason", "At most 2000 characters");
    }
    this.value = value;
    this.reason = value == recordedValue ? null : given.get();
  }

  public long id() {
    return id;
  }

  public long answerId() {
    return answerId;
  }

  public int position() {
    return position;
  }

  public String key() {
    return key;
  }

  public int recordedValue() {
    return recordedValue;
  }

  public int value() {
    return value;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }
}
