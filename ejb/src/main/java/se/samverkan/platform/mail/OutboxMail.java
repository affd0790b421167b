package se.samverkan.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * A mail in the outbox: the MIME message as it will be sent, and how far its delivery has come.
 * Only the delivery worker changes it, one attempt at a time under a row lock. Times are
 * OffsetDateTime in UTC: Payara's EclipseLink maps those to timestamptz, but not Instant.
 */
@Entity
@Table(name = "mail_outbox")
@Multitenant
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT)
public class OutboxMail {

  private static final int ERROR_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** For people looking at the outbox; the message itself holds the addresses it is sent to. */
  @Column(nullable = false)
  private String recipients;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private byte[] message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status = MailStatus.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMail() {}

  OutboxMail(OutgoingMail mail, byte[] message, Instant queuedAt) {
    this.recipients = String.join(", ", mail.recipients());
    this.subject = mail.subject();
    this.message = message.clone();
    this.createdAt = utc(queuedAt);
    this.nextAttemptAt = createdAt;
  }

  void sent(Instant at) {
    attempts++;
    status = MailStatus.SENT;
    sentAt = utc(at);
    lastError = null;
  }

  /** A failed attempt: tried again later, or given up when it has had its attempts. */
  void attemptFailed(String error, Instant at) {
    attempts++;
    lastError = error == null ? "unknown error"
        : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    Optional<Instant> next = RetryPolicy.nextAttempt(attempts, at);
    if (next.isPresent()) {
      nextAttemptAt = utc(next.get());
    } else {
      status = MailStatus.FAILED;
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  public long id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  byte[] message() {
    return message.clone();
  }
}
