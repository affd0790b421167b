package se.samverkan.tenants;

/** A party of the agreement: the region (health care) or a municipality (social services). */
public enum TenantKind {
  REGION,
  MUNICIPALITY
}
