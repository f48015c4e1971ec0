package io.rebound.central.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.central.erp.ErpUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal Tryton JSON-RPC client: {@code POST <url>/<database>/} with {@code
 * {"id","method","params"}}, logged in with {@code common.db.login} and the {@code Authorization:
 * Session base64(user:userId:key)} header. An HTTP 401 (the session expired or the server lost it)
 * logs in again once and repeats the call. Thread-safe.
 *
 * <p>Errors: {@code {"error":["UserError",[message,…]]}} and {@code UserWarning} become {@link
 * ErpRejectedException} with Tryton's message; I/O failures, timeouts, HTTP 5xx, a failed login,
 * {@code ConcurrencyException}, {@code RateLimitException} and unexpected server exceptions become
 * {@link ErpUnavailableException}.
 */
final class TrytonRpc {
  private final HttpClient http;
  private final ObjectMapper json;
  private final URI endpoint;
  private final String user;
  private final String password;
  private final Duration timeout;
  private final AtomicLong ids = new AtomicLong();
  private volatile String session;

  TrytonRpc(URI baseUrl, String database, String user, String password, Duration timeout) {
    String base = baseUrl.toString();
    this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + database + "/");
    this.user = user;
    this.password = password;
    this.timeout = timeout;
    this.json = new ObjectMapper();
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The JSON mapper used for bodies (to build params). */
  ObjectMapper json() {
    return json;
  }

  /** Calls {@code method} with {@code params}; returns the {@code result} node. */
  JsonNode call(String method, ArrayNode params) {
    String current = session;
    if (current == null) {
      current = login();
    }
    HttpResponse<String> response = post(method, params, current);
    if (response.statusCode() == 401) {
      current = login();
      response = post(method, params, current);
      if (response.statusCode() == 401) {
        throw new ErpUnavailableException(
            "tryton: " + method + " answered HTTP 401 right after a fresh login", null);
      }
    }
    return result(method, response);
  }

  /** Logs in again (also used when no session exists yet). */
  synchronized String login() {
    ArrayNode params = json.createArrayNode();
    params.add(user);
    params.addObject().put("password", password);
    HttpResponse<String> response = post("common.db.login", params, null);
    JsonNode result;
    try {
      result = result("common.db.login", response);
    } catch (ErpRejectedException e) {
      throw new ErpUnavailableException(
          "tryton: login of user '" + user + "' refused: " + e.getMessage(), null);
    }
    if (!result.isArray() || result.size() < 2) {
      throw new ErpUnavailableException(
          "tryton: login of user '" + user + "' refused (check rebound.erp.tryton.user/password)",
          null);
    }
    String token = user + ":" + result.get(0).asLong() + ":" + result.get(1).asText();
    session = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    return session;
  }

  private HttpResponse<String> post(String method, ArrayNode params, String auth) {
    ObjectNode body = json.createObjectNode();
    body.put("id", ids.incrementAndGet());
    body.put("method", method);
    body.set("params", params);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (auth != null) {
      request.header("Authorization", "Session " + auth);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new ErpUnavailableException(
          "tryton: " + method + " got no answer within " + timeout, e);
    } catch (IOException e) {
      throw new ErpUnavailableException(
          "tryton: " + method + " failed at " + endpoint + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ErpUnavailableException("tryton: " + method + " interrupted", e);
    }
  }

  private JsonNode result(String method, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status != 200) {
      throw new ErpUnavailableException(
          "tryton: " + method + " answered HTTP " + status + " " + abbreviate(response.body()),
          null);
    }
    JsonNode answer;
    try {
      answer = json.readTree(response.body());
    } catch (IOException e) {
      throw new ErpUnavailableException(
          "tryton: " + method + " answered with unreadable JSON: " + e.getMessage(), e);
    }
    JsonNode error = answer.get("error");
    if (error != null && !error.isNull()) {
      throw TrytonErrors.of(method, error);
    }
    return answer.path("result");
  }

  static String abbreviate(String text) {
    String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
  }
}
