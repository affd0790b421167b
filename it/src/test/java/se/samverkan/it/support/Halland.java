package se.samverkan.it.support;

import java.util.List;

/** The demo collaboration area of tenants/halland.json, as the tests rely on it. */
public final class Halland {

  public static final String REGION = "region-halland";
  public static final String KUNGSBACKA = "kungsbacka";
  public static final String VARBERG = "varberg";
  public static final List<String> MUNICIPALITIES =
      List.of(KUNGSBACKA, VARBERG, "falkenberg", "halmstad", "laholm", "hylte");
  public static final List<String> TENANTS =
      List.of(REGION, KUNGSBACKA, VARBERG, "falkenberg", "halmstad", "laholm", "hylte");
  public static final List<String> USER_ORGANISATIONS = List.of("nsph-halland", "brukarradet-halland");

  public static final String SSGB = "SSGB";
  public static final String SSGV = "SSGV";

  /** The region employee who sits in Kungsbacka's SSGB (as a MEMBER of the group). */
  public static final String REGION_EMPLOYEE = "region-halland-member";
  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String NSPH_OBSERVER = "nsph-halland-observer";

  private Halland() {}

  /** A demo user's name: {@code <tenant>-<role>}, e.g. kungsbacka-coordinator. */
  public static String user(String tenant, String role) {
    return tenant + "-" + role;
  }

  public static String coordinator(String tenant) {
    return user(tenant, "coordinator");
  }

  public static String tenantAdmin(String tenant) {
    return user(tenant, "tenant-admin");
  }

  public static String member(String tenant) {
    return user(tenant, "member");
  }

  /** Name of a provisioned group, e.g. "SSGB Kungsbacka". */
  public static String groupName(String kind, String municipality) {
    return kind + " " + Character.toUpperCase(municipality.charAt(0)) + municipality.substring(1);
  }
}
