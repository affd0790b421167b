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
 * pooled connection.
 */
@Dependent
public class TenantSession {

  @PersistenceContext(unitName = "samverkan")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  public void actAs(TenantId tenant) {
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException("tenant data is only touched inside a transaction");
    }
    em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value());
    em.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenant.value())
        .getSingleResult();
  }
}
