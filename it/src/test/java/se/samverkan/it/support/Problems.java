package se.samverkan.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/** Checks that an error answer is an RFC 9457 problem detail and tells nothing of the inside. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** The answer has this status and is a problem detail saying the same status. */
  public static JsonObject assertProblem(Api.Response response, int status) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    return assertProblemBody(response);
  }

  /** The answer is a problem detail (whatever its status) and shows no stack trace. */
  public static JsonObject assertProblemBody(Api.Response response) {
    assertNoInternals(response);
    assertThat(response.mediaType()).as("content type of %s", response).isEqualTo(MEDIA_TYPE);
    JsonObject problem = response.object();
    JsonValue status = problem.get("status");
    assertThat(status).as("'status' of %s", response).isInstanceOf(JsonNumber.class);
    assertThat(((JsonNumber) status).intValue()).as("'status' of %s", response).isEqualTo(response.status());
    assertThat(Json.text(problem, "title")).as("'title' of %s", response).isNotBlank();
    return problem;
  }

  /** Soft variant: collects instead of stopping at the first wrong answer. */
  public static void softAssertStatus(SoftAssertions soft, Api.Response response, int status) {
    soft.assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    soft.assertThat(leaks(response)).as("internals shown by %s", response).isEmpty();
    if (response.status() >= 400) {
      soft.assertThat(response.mediaType()).as("content type of %s", response).isEqualTo(MEDIA_TYPE);
    }
  }

  /** No stack trace, exception class or server-internal package in the body. */
  public static void assertNoInternals(Api.Response response) {
    assertThat(leaks(response)).as("internals shown by %s", response).isEmpty();
  }

  /** The fields a 400 problem names in {@code errors[].field}. */
  public static List<String> fields(JsonObject problem) {
    JsonValue errors = problem.get("errors");
    if (!(errors instanceof jakarta.json.JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(JsonObject.class::isInstance)
        .map(JsonObject.class::cast)
        .map(error -> Json.text(error, "field"))
        .toList();
  }

  private static List<String> leaks(Api.Response response) {
    String body = response.body();
    return List.of("Exception", "at se.samverkan", "\tat ", "at org.", "at java.", "at jakarta.",
            "Caused by", "StackTrace", "SQLState", "org.postgresql", "org.eclipse.persistence")
        .stream()
        .filter(body::contains)
        .toList();
  }
}
