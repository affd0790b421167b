package se.samverkan.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The space the current request acts in. The web layer sets it once, from the URL, after
 * {@link SpaceGate} admitted the caller; services read it.
 */
@RequestScoped
public class CurrentSpace {

  private Space space;

  public void enter(Space space) {
    if (this.space != null && !this.space.tenant().equals(space.tenant())) {
      throw new IllegalStateException("a request acts in one space only");
    }
    this.space = space;
    RequestTrace.enter(space.tenant());
  }

  public Optional<Space> current() {
    return Optional.ofNullable(space);
  }

  public Space get() {
    if (space == null) {
      throw new IllegalStateException("no space entered for this request");
    }
    return space;
  }
}
