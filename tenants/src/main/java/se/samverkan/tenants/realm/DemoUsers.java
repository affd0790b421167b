package se.samverkan.tenants.realm;

import se.samverkan.tenants.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.tenants.AreaDefinition;
import se.samverkan.tenants.TenantDefinition;
import se.samverkan.tenants.UserOrganisationDefinition;

/**
 * One demo user per party and role, plus the platform administrator. A demo user whose e-mail is
 * also a demo member of a group takes that member's name, so the person you log in as is the one
 * you see in the group.
 */
public final class DemoUsers {

  /** Invented names; none belongs to a person in the source documents. */
  private static final String[] FIRST =
      {"Alma", "Benjamin", "Cornelia", "Didrik", "Elvira", "Folke", "Greta", "Hugo", "Idun",
       "Jonatan", "Klara", "Ludvig", "Meja", "Nils", "Ofelia", "Pontus", "Ronja", "Sixten",
       "Tyra", "Valter", "Wilma", "Axel", "Siri", "Melker"};
  private static final String[] LAST =
      {"Ekvall", "Fjällström", "Granlid", "Hedberg", "Ivarsson", "Kronqvist", "Lindahl",
       "Malmgren", "Nordvik", "Rosander", "Sjöholm", "Tallgren", "Vikström", "Åkerlund",
       "Öberg", "Bäckman", "Dahlin", "Engdahl", "Hammar", "Liljeqvist", "Solberg"};

  private DemoUsers() {}

  public static List<DemoUser> of(List<AreaDefinition> areas) {
    Map<String, String> memberNames = new HashMap<>();
    for (AreaDefinition area : areas) {
      area.tenants().stream()
          .flatMap(t -> t.groups().stream())
          .flatMap(g -> g.members().stream())
          .forEach(m -> memberNames.putIfAbsent(m.email(), m.name()));
    }
    List<DemoUser> users = new ArrayList<>();
    users.add(user("platform-admin", Role.PLATFORM_ADMIN, Optional.empty(), memberNames, 0));
    for (AreaDefinition area : areas) {
      for (TenantDefinition tenant : area.tenants()) {
        for (Role role : Role.demoRolesOf(tenant.kind())) {
          users.add(
              user(tenant.id() + "-" + role.roleName(), role, Optional.of(tenant.id()),
                  memberNames, users.size()));
        }
      }
      for (UserOrganisationDefinition organisation : area.userOrganisations()) {
        users.add(
            user(organisation.id() + "-" + Role.OBSERVER.roleName(), Role.OBSERVER,
                Optional.of(organisation.id()), memberNames, users.size()));
      }
    }
    return List.copyOf(users);
  }

  private static DemoUser user(
      String username, Role role, Optional<String> group, Map<String, String> memberNames,
      int index) {
    String fullName = memberNames.get(username + "@example.org");
    if (fullName != null && fullName.contains(" ")) {
      int space = fullName.indexOf(' ');
      return new DemoUser(username, fullName.substring(0, space), fullName.substring(space + 1),
          role, group);
    }
    // Stepping by coprime strides walks both lists without repeating a pair for a long while.
    return new DemoUser(username, FIRST[(index * 7) % FIRST.length],
        LAST[(index * 5 + 3) % LAST.length], role, group);
  }
}
