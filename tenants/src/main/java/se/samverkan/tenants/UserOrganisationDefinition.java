package se.samverkan.tenants;

/** A user organisation (brukarorganisation): takes part by invitation, owns no data. */
public record UserOrganisationDefinition(String id, String name) {}
