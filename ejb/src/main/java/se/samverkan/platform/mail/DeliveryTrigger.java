package se.samverkan.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts a delivery as soon as a transaction that queued mail has committed, so a mail leaves
 * within a second or so rather than at the next scheduled run. Only after success: a rolled-back
 * transaction left nothing to send.
 */
@ApplicationScoped
public class DeliveryTrigger {

  @Inject MailDelivery delivery;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    delivery.deliverSoon(queued.tenant());
  }
}
