package se.samverkan.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code Json.createReader} and its siblings look the
 * provider up again on every call (a ServiceLoader search through the class loaders unless the
 * server names it), which showed in the profile of the API under load; looked up once, it costs
 * nothing. Parsson's provider is thread-safe.
 */
public final class JsonP {

  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonP() {}
}
