package se.samverkan.tenancy;

import se.samverkan.tenants.TenantKind;

/** A space a caller may enter, for the space picker. */
public record SpaceSummary(TenantId id, String name, TenantKind kind, SpaceAccess access) {}
