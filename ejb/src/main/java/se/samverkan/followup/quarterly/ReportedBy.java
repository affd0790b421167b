package se.samverkan.followup.quarterly;

import se.samverkan.tenants.TenantKind;

/** Who reports an indicator's figures: each municipality of the area, or the region. */
public enum ReportedBy {
  MUNICIPALITIES(TenantKind.MUNICIPALITY),
  REGION(TenantKind.REGION);

  private final TenantKind kind;

  ReportedBy(TenantKind kind) {
    this.kind = kind;
  }

  public boolean includes(TenantKind party) {
    return kind == party;
  }

  public TenantKind kind() {
    return kind;
  }
}
