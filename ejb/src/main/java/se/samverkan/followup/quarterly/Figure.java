package se.samverkan.followup.quarterly;

import java.math.BigDecimal;
import se.samverkan.tenancy.TenantId;

/** One party's reported figure for a quarter, as the area reads it. */
public record Figure(TenantId party, Quarter quarter, BigDecimal value, long version) {}
