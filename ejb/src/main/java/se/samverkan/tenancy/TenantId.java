package se.samverkan.tenancy;

import java.util.Objects;
import java.util.Optional;
import se.samverkan.tenants.AreaDirectory;

/** A tenant's id: the slug in URLs and in every tenant-owned row's {@code tenant_id}. */
public record TenantId(String value) {

  public TenantId {
    Objects.requireNonNull(value, "tenant id");
    if (!AreaDirectory.ID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a tenant id: " + value);
    }
  }

  /** For ids that come from outside (a URL): empty when it cannot be a tenant id at all. */
  public static Optional<TenantId> parse(String value) {
    return value != null && AreaDirectory.ID.matcher(value).matches()
        ? Optional.of(new TenantId(value))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
