package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * A report's answer to one indicator, owned by the group's municipality. Which of the values is
 * used follows from the indicator's kind; a recorded count's figures are {@link FollowUpFigure}
 * rows of the answer.
 */
@Entity
@Table(name = "followup_answer")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class FollowUpAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id", nullable = false, updatable = false)
  private long reportId;

  @Column(name = "indicator_id", nullable = false, updatable = false)
  private long indicatorId;

  @Column(name = "text_value")
  private String textValue;

  @Column(name = "number_value")
  private BigDecimal numberValue;

  @Column(name = "choice_value")
  private String choiceValue;

  @Column(name = "table_value")
  private String tableValue;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected FollowUpAnswer() {}

  FollowUpAnswer(long reportId, long indicatorId) {
    this.reportId = reportId;
    this.indicatorId = indicatorId;
  }

  void answer(AnswerValue value, OffsetDateTime at, String by) {
    this.updatedAt = at;
    this.updatedBy = by;
    this.textValue = value.text().orElse(null);
    this.numberValue = value.number().orElse(null);
    this.choiceValue = value.choice().orElse(null);
    this.tableValue = TableCells.encode(value.table());
  }

  public long id() {
    return id;
  }

  public long reportId() {
    return reportId;
  }

  public long indicatorId() {
    return indicatorId;
  }

  public Optional<String> text() {
    return Optional.ofNullable(textValue);
  }

  public Optional<BigDecimal> number() {
    return Optional.ofNullable(numberValue);
  }

  public Optional<String> choice() {
    return Optional.ofNullable(choiceValue);
  }

  public List<List<String>> table() {
    return TableCells.decode(tableValue);
  }

  public Optional<OffsetDateTime> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  public Optional<String> updatedBy() {
    return Optional.ofNullable(updatedBy);
  }

  public long version() {
    return version;
  }
}
