package se.samverkan.coordination.api;

import java.util.List;
import java.util.function.Function;
import se.samverkan.shared.Page;

/** A page of a list as the API shows it. */
public record PageView<T>(List<T> items, int page, int size, long total) {

  public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
    return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
  }
}
