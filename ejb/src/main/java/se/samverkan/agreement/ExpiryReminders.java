package se.samverkan.agreement;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import se.samverkan.platform.WebAddresses;
import se.samverkan.platform.mail.MailOutbox;
import se.samverkan.tenancy.Tenant;
import se.samverkan.tenancy.TenantSession;

/**
 * One region's expiry reminders, in a transaction of its own acting as the region: every version in
 * force from six months before it expires ({@link ExpiryRule}) that has not been reminded yet is
 * marked ({@code expiry_reminded_at}, taken with a row lock) and RUG gets one mail for it, so
 * however often and wherever this runs, one mail goes out per version.
 *
 * <p>RUG's address is configuration, not data: {@code samverkan.agreement.rug-address.<region id>}
 * (a group mailbox), falling back to {@code samverkan.agreement.rug-address}. Without one the
 * reminder is still recorded and shown on the region's start page, and a warning is logged.
 */
@Stateless
public class ExpiryReminders {

  private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Inject TenantSession tenantSession;
  @Inject MailOutbox outbox;
  @Inject WebAddresses addresses;
  @Inject Config config;
  @Inject Clock clock;
  @Inject AgreementReading reading;

  /** One region's due reminders, in one transaction acting as the region. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void remindRegion(Tenant region) {
    tenantSession.actAs(region.id());
    LocalDate today = LocalDate.now(clock);
    int parties = em.createQuery("select t from Tenant t where t.areaId = :area", Tenant.class)
        .setParameter("area", region.areaId()).getResultList().size();
    List<AgreementVersion> candidates = em.createQuery(
            "select v from AgreementVersion v where v.stage = :decision and v.expiryRemindedAt is null"
                + " and v.validFrom <= :today and v.validTo >= :today and v.validTo <= :horizon",
            AgreementVersion.class)
        .setParameter("decision", Stage.DECISION)
        .setParameter("today", today)
        .setParameter("horizon", today.plusMonths(ExpiryRule.MONTHS_BEFORE))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    for (AgreementVersion version : candidates) {
      if (!ExpiryRule.isDue(version.validTo(), today) || decisions(version) < parties || replaced(version, parties)) {
        continue;
      }
      version.expiryReminded(clock.instant());
      Optional<String> rug = rugAddress(region);
      if (rug.isEmpty()) {
        LOG.warning("no samverkan.agreement.rug-address for " + region.id().value()
            + ": the expiry of agreement version " + version.id() + " is shown on the start page only");
        continue;
      }
      String link = addresses.page(region.id(), "agreement?id=" + version.agreement().id() + "&v="
          + version.number());
      outbox.queue(new ExpiryMail(version.agreement().title(), version.number(), version.validTo(), link)
          .to(rug.get()));
    }
  }

  private long decisions(AgreementVersion version) {
    return reading.decisionCount(version.id());
  }

  /** A later version of the agreement that every party adopted and that has begun replaces this one. */
  private boolean replaced(AgreementVersion version, int parties) {
    LocalDate today = LocalDate.now(clock);
    return em.createQuery("select v from AgreementVersion v where v.agreement = :a and v.number > :n"
            + " and v.stage = :decision and v.validFrom <= :today", AgreementVersion.class)
        .setParameter("a", version.agreement())
        .setParameter("n", version.number())
        .setParameter("decision", Stage.DECISION)
        .setParameter("today", today)
        .getResultList()
        .stream()
        .anyMatch(newer -> decisions(newer) >= parties);
  }

  private Optional<String> rugAddress(Tenant region) {
    return config.getOptionalValue("samverkan.agreement.rug-address." + region.id().value(), String.class)
        .or(() -> config.getOptionalValue("samverkan.agreement.rug-address", String.class))
        .filter(a -> !a.isBlank());
  }
}
