package se.samverkan.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.samverkan.shared.AccessDeniedException;
import se.samverkan.tenancy.Caller;
import se.samverkan.tenancy.TenantId;
import se.samverkan.tenants.Role;

/**
 * Builds the {@link Caller} of the current request from what the identity provider signed: the
 * bearer token of an API call or the ID token of the browser login. Both carry the same claims.
 */
@RequestScoped
public class CallerFactory {

  @Inject SecurityContext security;
  @Inject Instance<OpenIdContext> openId;

  private Caller caller;

  /** @throws AccessDeniedException when nobody is logged in (the container normally stops that earlier) */
  public Caller caller() {
    if (caller == null) {
      caller = fromBearerToken().or(this::fromBrowserLogin)
          .orElseThrow(() -> new AccessDeniedException("You are not logged in"));
    }
    return caller;
  }

  public boolean isLoggedIn() {
    return security.getCallerPrincipal() != null;
  }

  private Optional<Caller> fromBearerToken() {
    return security.getPrincipalsByType(JsonWebToken.class).stream().findFirst().map(jwt -> {
      Claims claims = new Claims() {
        public Optional<String> string(String name) {
          Object value = jwt.getClaim(name);
          return value == null ? Optional.empty() : Optional.of(String.valueOf(unquote(value)));
        }

        public List<String> strings(String name) {
          Set<String> groups = jwt.getGroups();
          return "groups".equals(name) && groups != null ? List.copyOf(groups) : List.of();
        }

        public boolean flag(String name) {
          Object value = jwt.getClaim(name);
          return value != null && Boolean.parseBoolean(String.valueOf(unquote(value)));
        }
      };
      return build(jwt.getSubject(), claims);
    });
  }

  private Optional<Caller> fromBrowserLogin() {
    if (security.getCallerPrincipal() == null || !openId.isResolvable()) {
      return Optional.empty();
    }
    OpenIdContext context = openId.get();
    // the userinfo answer is plain JSON; the ID token's claims are the fallback
    JsonObject userinfo = context.getClaimsJson();
    JwtClaims token = context.getIdentityToken().getJwtClaims();
    Claims claims = new Claims() {
      public Optional<String> string(String name) {
        JsonValue value = userinfo == null ? null : userinfo.get(name);
        if (value instanceof JsonString text) {
          return Optional.of(text.getString());
        }
        try {
          return token.getStringClaim(name);
        } catch (RuntimeException notAString) {
          return Optional.empty();
        }
      }

      public List<String> strings(String name) {
        JsonValue value = userinfo == null ? null : userinfo.get(name);
        if (value instanceof JsonArray array) {
          return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        return token.getArrayStringClaim(name);
      }

      public boolean flag(String name) {
        JsonValue value = userinfo == null ? null : userinfo.get(name);
        if (value != null) {
          return value == JsonValue.TRUE;
        }
        try {
          return token.getStringClaim(name).map(Boolean::parseBoolean).orElse(false);
        } catch (RuntimeException notAString) {
          return false;
        }
      }
    };
    return Optional.of(build(context.getSubject(), claims));
  }

  private static Caller build(String subject, Claims claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    claims.strings("groups").forEach(name -> Role.byName(name).ifPresent(roles::add));
    // an unverified address must not open anybody's memberships
    Optional<String> email = claims.flag("email_verified") ? claims.string("email") : Optional.empty();
    String displayName = claims.string("name")
        .or(() -> claims.string("preferred_username"))
        .orElse(subject);
    return new Caller(
        subject,
        displayName,
        email,
        claims.string("tenant").flatMap(TenantId::parse),
        claims.string("organisation"),
        roles);
  }

  private static Object unquote(Object value) {
    // MP-JWT hands claims over as JSON-P values; a JSON string prints with quotes
    if (value instanceof JsonString json) {
      return json.getString();
    }
    return value;
  }

  private interface Claims {
    Optional<String> string(String name);

    List<String> strings(String name);

    boolean flag(String name);
  }
}
