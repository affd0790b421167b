package se.samverkan.tenants;

/** A demo member of a provisioned group; {@code organisation} is a tenant or user organisation id. */
public record MemberDefinition(
    String name, String email, String organisation, String unit, String mandate, String role) {}
