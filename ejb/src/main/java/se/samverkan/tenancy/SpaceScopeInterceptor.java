package se.samverkan.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Applies the current space to the transaction of every {@link SpaceScoped} service call. */
@SpaceScoped
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SpaceScopeInterceptor {

  @Inject CurrentSpace currentSpace;
  @Inject TenantSession tenantSession;

  @AroundInvoke
  public Object applySpace(InvocationContext invocation) throws Exception {
    Space space = currentSpace.get();
    tenantSession.actAs(space.tenant(), space.caller());
    return invocation.proceed();
  }
}
