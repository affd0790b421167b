package se.samverkan.tenancy;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.annotation.Resource;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.QueryHints;

/**
 * Binds the running transaction to one tenant, in both isolation layers: EclipseLink adds the
 * tenant to every query of a multitenant entity, and PostgreSQL's row-level security reads
 * {@code app.tenant_id}. The setting is transaction-local, so nothing leaks to the next user of a
 * pooled connection. Beside the tenant it states who acts and in which request, which the
 * database's audit trail records with every change.
 */
@Dependent
public class TenantSession {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Acts as the tenant on the platform's own behalf (start-up, deliveries, reminders). */
  public void actAs(TenantId tenant) {
    bind(tenant, "");
  }

  /** Acts as the tenant for the caller, whom the audit trail records as the one who changed. */
  public void actAs(TenantId tenant, Caller caller) {
    bind(tenant, caller.email().orElse(caller.subject()));
  }

  private void bind(TenantId tenant, String actor) {
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException("tenant data is only touched inside a transaction");
    }
    em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value());
    em.createNativeQuery("select set_config('app.tenant_id', ?1, true), set_config('app.actor', ?2, true),"
            + " set_config('app.request_id', ?3, true)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenant.value())
        .setParameter(2, actor)
        .setParameter(3, RequestTrace.current().orElse(""))
        .getSingleResult();
  }
}
