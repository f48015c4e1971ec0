package io.rebound.edge.security.testing;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Requests with exactly the headers given, none added (unlike RestAssured with {@link
 * DefaultCredentials}): for calls without a token, with a wrong one, or as a terminal with no
 * session.
 */
public final class RawHttp {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RawHttp() {}

  /** The answer: status, headers and body. */
  public record Answer(int status, Map<String, java.util.List<String>> headers, String body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public JsonPath json() {
      return JsonPath.from(body);
    }
  }

  /**
   * {@code method path} with {@code headers} (name, value, name, value…) and a JSON body or null.
   */
  public static Answer call(String method, String path, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(AppUri.http() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Bearer header pair of {@code token}. */
  public static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** Bearer plus session header pairs. */
  public static String[] as(String terminalToken, String session) {
    return new String[] {
      "Authorization", "Bearer " + terminalToken, DefaultCredentials.SESSION_HEADER, session
    };
  }

  /** Logs {@code username} in on the terminal of {@code terminalToken}; the session token. */
  public static String login(String terminalToken, String username, String password) {
    Answer a =
        call(
            "POST",
            "/api/v1/sessions",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
            bearer(terminalToken));
    if (a.status() != 201) {
      throw new IllegalStateException("login of " + username + ": " + a.status() + " " + a.body());
    }
    return a.json().getString("token");
  }
}
