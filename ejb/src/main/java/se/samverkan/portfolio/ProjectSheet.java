package se.samverkan.portfolio;

import java.util.List;

/** A project with its status per period (latest first) and its commitments. */
public record ProjectSheet(ProjectRow row, List<StatusReport> statuses, List<Commitment> commitments) {}
