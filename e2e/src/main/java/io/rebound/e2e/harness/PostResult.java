package io.rebound.e2e.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * What one POS request got: an HTTP answer, or an I/O error (connection refused or cut, e.g. the
 * agent was killed mid-request).
 *
 * @param key the {@code Idempotency-Key} sent
 * @param status HTTP status, or 0 for an I/O error
 * @param contentType the response's {@code Content-Type}, or empty
 * @param body the response body, or the I/O error's description
 * @param latency from send to complete response (or failure)
 */
public record PostResult(
    String key, int status, String contentType, String body, Duration latency) {

  /** Outcome classes of a POS request. */
  public enum Outcome {
    ACCEPTED,
    CLIENT_ERROR,
    SERVER_ERROR,
    IO_ERROR
  }

  public static PostResult ioError(String key, Throwable error, Duration latency) {
    return new PostResult(key, 0, "", String.valueOf(error), latency);
  }

  public Outcome outcome() {
    if (status == 0) {
      return Outcome.IO_ERROR;
    }
    if (status >= 500) {
      return Outcome.SERVER_ERROR;
    }
    return status >= 400 ? Outcome.CLIENT_ERROR : Outcome.ACCEPTED;
  }

  public boolean accepted() {
    return outcome() == Outcome.ACCEPTED;
  }

  public boolean isProblemJson() {
    return contentType.toLowerCase().startsWith("application/problem+json");
  }

  /** The body as JSON, or empty if it is not JSON. */
  public Optional<JsonNode> json() {
    try {
      return Optional.ofNullable(ProtocolJson.mapper().readTree(body));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  /** {@code returnId} of a 2xx answer. */
  public ReturnId returnId() {
    if (!accepted()) {
      throw new IllegalStateException("no return id in a " + status + " answer: " + body);
    }
    return ReturnId.parse(json().map(j -> j.path("returnId").asText()).orElseThrow());
  }
}
