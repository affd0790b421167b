package se.samverkan.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/** An answer as it was submitted: the region's copy, read-only. */
@Entity
@Table(name = "followup_submitted_answer")
@ReadOnly
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class SubmittedAnswer {

  @Id private Long id;

  @Column(name = "party_id")
  private String partyId;

  @Column(name = "submission_id")
  private long submissionId;

  @Column(name = "indicator_id")
  private long indicatorId;

  @Column(name = "text_value")
  private String textValue;

  @Column(name = "number_value")
  private BigDecimal numberValue;

  @Column(name = "choice_value")
  private String choiceValue;

  @Column(name = "table_value")
  private String tableValue;

  protected SubmittedAnswer() {}

  public long id() {
    return id;
  }

  public long submissionId() {
    return submissionId;
  }

  public long indicatorId() {
    return indicatorId;
  }

  public AnswerValue value() {
    return new AnswerValue(Optional.ofNullable(textValue), Optional.ofNullable(numberValue),
        Optional.ofNullable(choiceValue), TableCells.decode(tableValue));
  }

  public List<List<String>> table() {
    return TableCells.decode(tableValue);
  }
}
