package se.samverkan.shared;

/** Which slice of a long list to show. Lists always paginate; the size is capped. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
    }
  }

  public int offset() {
    return page * size;
  }
}
