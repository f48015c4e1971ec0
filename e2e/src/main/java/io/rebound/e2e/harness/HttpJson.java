package io.rebound.e2e.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.rebound.protocols.json.ProtocolJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Small GET/POST helper for the apps' JSON and metrics endpoints. */
public final class HttpJson {
  /** Status and body of one GET; {@code json} is missing when the body is not JSON. */
  public record Reply(int status, String body, JsonNode json) {
    public boolean ok() {
      return status == 200;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private HttpJson() {}

  public static Reply get(URI uri) {
    return get(uri, "application/json", false);
  }

  /** GET with extra request headers (e.g. {@code Authorization}). */
  public static Reply get(URI uri, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json");
    headers.forEach(request::header);
    return send("GET", request);
  }

  /** POST of a JSON body. */
  public static Reply postJson(URI uri, String json) {
    return postJson(uri, json, Map.of());
  }

  /** POST of a JSON body with extra request headers (e.g. {@code Authorization}). */
  public static Reply postJson(URI uri, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send("POST", request);
  }

  /** PUT of a JSON body with extra request headers (e.g. {@code Authorization}). */
  public static Reply putJson(URI uri, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send("PUT", request);
  }

  /** GET from an agent, with the harness terminal's bearer token ({@link EdgeCredentials}). */
  public static Reply getAsTerminal(URI uri) {
    return get(uri, "application/json", true);
  }

  private static Reply get(URI uri, String accept, boolean asTerminal) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", accept);
    if (asTerminal) {
      EdgeCredentials.asTerminal(request);
    }
    return send("GET", request);
  }

  /** POST of a JSON body (no {@code Idempotency-Key}: for central's admin endpoints). */
  public static Reply post(URI uri, String json) {
    return send(
        "POST",
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static Reply send(String method, HttpRequest.Builder request) {
    HttpRequest built = request.timeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<String> r = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), parse(r.body()));
    } catch (IOException e) {
      throw new HarnessException(method + " " + built.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted: " + method + " " + built.uri(), e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return ProtocolJson.mapper().readTree(body);
    } catch (IOException notJson) {
      return MissingNode.getInstance();
    }
  }

  /** GET {@code /q/metrics} and parse it. */
  public static Metrics metrics(URI base) {
    Reply r = get(base.resolve("/q/metrics"), "text/plain", false);
    if (!r.ok()) {
      throw new HarnessException("GET " + base + "/q/metrics answered " + r.status());
    }
    return Metrics.parse(r.body());
  }
}
