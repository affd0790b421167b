package se.samverkan.coordination.analysis;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;
import se.samverkan.coordination.TargetGroup;

/**
 * One target group's part of an analysis. Changed only through its {@link LocalAnalysis}, whose
 * version guards it.
 */
@Entity
@Table(name = "local_analysis_section")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AnalysisSection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "analysis_id", nullable = false, updatable = false)
  private LocalAnalysis analysis;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_group", nullable = false, updatable = false)
  private TargetGroup targetGroup;

  @Column(name = "current_picture")
  private String currentPicture;

  @Column(name = "working_well")
  private String workingWell;

  @Column(name = "gaps_and_risks")
  private String gapsAndRisks;

  private String priorities;

  protected AnalysisSection() {}

  AnalysisSection(LocalAnalysis analysis, SectionContent content) {
    this.analysis = analysis;
    this.targetGroup = content.targetGroup();
    write(content);
  }

  void write(SectionContent content) {
    this.currentPicture = content.currentPicture();
    this.workingWell = content.workingWell();
    this.gapsAndRisks = content.gapsAndRisks();
    this.priorities = content.priorities();
  }

  TargetGroup targetGroup() {
    return targetGroup;
  }

  SectionContent content() {
    return new SectionContent(targetGroup, currentPicture, workingWell, gapsAndRisks, priorities);
  }
}
