package se.samverkan.coordination.analysis;

/** Where an analysis stands: still being written, or completed for the annual follow-up. */
public enum AnalysisStatus {
  DRAFT,
  COMPLETED
}
