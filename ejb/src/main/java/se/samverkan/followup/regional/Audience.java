package se.samverkan.followup.regional;

import java.util.Arrays;
import java.util.Optional;
import se.samverkan.coordination.GroupKind;

/** The two regional follow-ups: children (every SSGB of the area) and adults (every SSGV). */
public enum Audience {
  CHILDREN(GroupKind.SSGB, "children"),
  ADULTS(GroupKind.SSGV, "adults");

  private final GroupKind groupKind;
  private final String slug;

  Audience(GroupKind groupKind, String slug) {
    this.groupKind = groupKind;
    this.slug = slug;
  }

  public GroupKind groupKind() {
    return groupKind;
  }

  /** The name in addresses: {@code children}, {@code adults}. */
  public String slug() {
    return slug;
  }

  public static Optional<Audience> ofSlug(String slug) {
    return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
  }

  public static Audience of(GroupKind kind) {
    return Arrays.stream(values()).filter(a -> a.groupKind == kind).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no regional follow-up for " + kind));
  }
}
