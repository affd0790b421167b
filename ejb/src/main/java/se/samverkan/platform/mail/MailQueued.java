package se.samverkan.platform.mail;

import se.samverkan.tenancy.TenantId;

/** A tenant's transaction queued a mail: once it commits, that tenant's outbox has work. */
record MailQueued(TenantId tenant) {}
