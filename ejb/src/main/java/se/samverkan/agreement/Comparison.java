package se.samverkan.agreement;

import java.util.List;

/** Two versions side by side and the change log between them. */
public record Comparison(VersionSummary from, VersionSummary to, List<SectionChange> changes) {}
