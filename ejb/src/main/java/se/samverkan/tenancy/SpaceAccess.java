package se.samverkan.tenancy;

/** How the caller came into a space. */
public enum SpaceAccess {
  /** The caller works for the tenant: their roles apply to the whole space. */
  HOME,
  /** The caller sits in some of the tenant's groups: they see those groups only. */
  MEMBER
}
