package se.samverkan.shared;

import java.util.List;

/** One page of a list and the size of the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total);
  }

  public long pageCount() {
    return Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
