package se.samverkan.agreement;

import java.util.List;
import java.util.Optional;

/** An agreement with the versions the caller may read, oldest first. */
public record AgreementSummary(long id, String title, long lockVersion, List<VersionSummary> versions) {

  public AgreementSummary {
    versions = List.copyOf(versions);
  }

  public Optional<VersionSummary> inForce() {
    return versions.stream().filter(v -> v.status() == VersionStatus.IN_FORCE).findFirst();
  }

  public Optional<VersionSummary> latest() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }
}
