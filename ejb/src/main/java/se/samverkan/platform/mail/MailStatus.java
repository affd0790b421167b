package se.samverkan.platform.mail;

/** Where a queued mail is on its way. */
public enum MailStatus {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** Handed to the mail server. */
  SENT,
  /** Given up after its attempts; {@code last_error} says why. */
  FAILED
}
