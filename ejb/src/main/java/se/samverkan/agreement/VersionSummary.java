package se.samverkan.agreement;

import java.time.LocalDate;

/**
 * A version as readers see it, with its status computed from the stage, the decisions and the
 * dates ({@link VersionStatus}).
 *
 * @param lockVersion the optimistic-locking version a change must name
 */
public record VersionSummary(
    long id, long agreementId, String agreementTitle, int number, Stage stage, VersionStatus status,
    LocalDate validFrom, LocalDate validTo, String revisedBy, String changeSummary,
    LocalDate consultationDeadline, Long basedOn, long lockVersion) {

  VersionSummary withStatus(VersionStatus status) {
    return new VersionSummary(id, agreementId, agreementTitle, number, stage, status, validFrom, validTo,
        revisedBy, changeSummary, consultationDeadline, basedOn, lockVersion);
  }
}
