/**
 * Outgoing e-mail as a transactional outbox: {@link se.samverkan.platform.mail.MailOutbox} stores
 * a mail in the transaction of the change that causes it (a rolled-back change sends nothing),
 * and {@link se.samverkan.platform.mail.MailDelivery} sends what was committed through the
 * server's mail session {@code mail/samverkan}, tenant by tenant, retrying with backoff. The
 * stored mails are tenant data, row-level secured like every other.
 */
package se.samverkan.platform.mail;
