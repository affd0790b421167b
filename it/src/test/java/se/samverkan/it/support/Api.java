package se.samverkan.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** An HTTP client of the application's REST API, with or without a bearer token. */
public final class Api {

  private final Stack stack;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public Api(Stack stack) {
    this.stack = stack;
  }

  public Stack stack() {
    return stack;
  }

  public Response get(String token, String path) {
    return send("GET", token, stack.api(path), null);
  }

  /** A GET with the request id the caller chose ({@code X-Request-Id}), to find it in logs. */
  public Response getAs(String requestId, String token, String path) {
    URI uri = stack.api(path);
    HttpRequest request = HttpRequest.newBuilder(request("GET", token, uri, null), (name, value) -> true)
        .header("X-Request-Id", requestId)
        .build();
    try {
      return toResponse("GET", uri, http.send(request, bodyHandler()));
    } catch (IOException e) {
      throw new IllegalStateException("GET " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET that accepts another media type than JSON, e.g. {@code text/calendar}. */
  public Response getAccepting(String token, String path, String accept) {
    URI uri = stack.api(path);
    try {
      return toResponse("GET", uri, http.send(request("GET", token, uri, null, accept), bodyHandler()));
    } catch (IOException e) {
      throw new IllegalStateException("GET " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response post(String token, String path, String body) {
    return send("POST", token, stack.api(path), body);
  }

  public Response post(String token, String path, JsonStructure body) {
    return post(token, path, body.toString());
  }

  public Response put(String token, String path, String body) {
    return send("PUT", token, stack.api(path), body);
  }

  public Response put(String token, String path, JsonStructure body) {
    return put(token, path, body.toString());
  }

  public Response delete(String token, String path) {
    return send("DELETE", token, stack.api(path), null);
  }

  /** Any method on any address (null token: none sent; null body: none sent). */
  public Response send(String method, String token, URI uri, String body) {
    try {
      return toResponse(method, uri, http.send(request(method, token, uri, body), bodyHandler()));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The same, not waiting: to send requests at the same time. */
  public CompletableFuture<Response> sendAsync(String method, String token, String path, String body) {
    URI uri = stack.api(path);
    return http.sendAsync(request(method, token, uri, body), bodyHandler())
        .thenApply(r -> toResponse(method, uri, r));
  }

  private static HttpRequest request(String method, String token, URI uri, String body) {
    return request(method, token, uri, body, "application/json");
  }

  private static HttpRequest request(String method, String token, URI uri, String body, String accept) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", accept);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      builder.header("Content-Type", "application/json");
      builder.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return builder.build();
  }

  private static HttpResponse.BodyHandler<String> bodyHandler() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static Response toResponse(String method, URI uri, HttpResponse<String> r) {
    return new Response(
        method,
        uri,
        r.statusCode(),
        r.headers().firstValue("Content-Type").orElse(""),
        r.headers().firstValue("Location"),
        r.headers().firstValue("X-Request-Id"),
        r.body() == null ? "" : r.body());
  }

  /** What came back, with the request it answers (for readable assertion messages). */
  public record Response(
      String method,
      URI uri,
      int status,
      String contentType,
      Optional<String> location,
      Optional<String> requestId,
      String body) {

    public JsonObject object() {
      try {
        return Json.object(body);
      } catch (RuntimeException e) {
        throw new AssertionError("not a JSON object: " + this, e);
      }
    }

    public JsonArray array() {
      try {
        return Json.array(body);
      } catch (RuntimeException e) {
        throw new AssertionError("not a JSON array: " + this, e);
      }
    }

    /** The media type without parameters, lower case. */
    public String mediaType() {
      int semicolon = contentType.indexOf(';');
      return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase();
    }

    @Override
    public String toString() {
      String shown = body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
      return method + " " + uri + " → " + status + " [" + contentType + "] " + shown;
    }
  }
}
