package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** A figure as it was submitted, with the recorded figure and the reason when they differ. */
@Entity
@Table(name = "followup_submitted_figure")
@ReadOnly
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class SubmittedFigure {

  @Id private Long id;

  @Column(name = "answer_id")
  private long answerId;

  private int position;

  @Column(name = "figure_key")
  private String key;

  @Column(name = "recorded_value")
  private int recordedValue;

  private int value;

  private String reason;

  protected SubmittedFigure() {}

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
