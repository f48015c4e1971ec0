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

/** Small GET helper for the apps' JSON and metrics endpoints. */
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

  /** GET from an agent, with the harness terminal's bearer token ({@link EdgeCredentials}). */
  public static Reply getAsTerminal(URI uri) {
    return get(uri, "application/json", true);
  }

  private static Reply get(URI uri, String accept, boolean asTerminal) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", accept);
      if (asTerminal) {
        EdgeCredentials.asTerminal(request);
      }
      HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), parse(r.body()));
    } catch (IOException e) {
      throw new HarnessException("GET " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted: GET " + uri, e);
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
