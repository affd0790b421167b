package se.samverkan.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverkan.tenants.Role;
import se.samverkan.tenants.TenantKind;

class SpaceTest {

  private static final TenantId KUNGSBACKA = new TenantId("kungsbacka");

  @Test
  void homeCoordinatorsAndAdministratorsManageEveryGroupMembersOnlyRead() {
    assertThat(home(Role.COORDINATOR).canLeadGroup(1)).isTrue();
    assertThat(home(Role.TENANT_ADMIN).canLeadGroup(1)).isTrue();
    assertThat(home(Role.MEMBER).canLeadGroup(1)).isFalse();
    assertThat(home(Role.MEMBER).canSeeGroup(42)).isTrue();
  }

  @Test
  void aGroupMemberFromElsewhereSeesOnlyTheirGroupsAndManagesOnlyThoseTheyCoordinate() {
    Space space = guest(Role.MEMBER, Set.of(1L, 2L), Set.of(2L));

    assertThat(space.canSeeGroup(1)).isTrue();
    assertThat(space.canSeeGroup(3)).isFalse();
    assertThat(space.canLeadGroup(1)).isFalse();
    assertThat(space.canLeadGroup(2)).isTrue();
    assertThat(space.canLeadGroup(3)).isFalse();
  }

  @Test
  void observersNeverManageMembersEvenAsCoordinators() {
    assertThat(guest(Role.OBSERVER, Set.of(1L), Set.of(1L)).canLeadGroup(1)).isFalse();
  }

  @Test
  void tenantIdsFromOutsideAreParsedNotTrusted() {
    assertThat(TenantId.parse("kungsbacka")).contains(KUNGSBACKA);
    assertThat(TenantId.parse("Kungsbacka")).isEmpty();
    assertThat(TenantId.parse("../varberg")).isEmpty();
    assertThat(TenantId.parse("x")).isEmpty();
    assertThat(TenantId.parse(null)).isEmpty();
  }

  private static Space home(Role role) {
    return new Space(KUNGSBACKA, "Kungsbacka kommun", TenantKind.MUNICIPALITY, "halland",
        caller(role, Optional.of(KUNGSBACKA)), SpaceAccess.HOME, Set.of(), Set.of());
  }

  private static Space guest(Role role, Set<Long> memberOf, Set<Long> coordinatorOf) {
    return new Space(KUNGSBACKA, "Kungsbacka kommun", TenantKind.MUNICIPALITY, "halland",
        caller(role, Optional.of(new TenantId("region-halland"))), SpaceAccess.MEMBER, memberOf,
        coordinatorOf);
  }

  private static Caller caller(Role role, Optional<TenantId> home) {
    return new Caller("sub", "Test Person", Optional.of("test@example.org"), home, Optional.empty(), Set.of(role));
  }
}
