package io.rebound.e2e.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bootstrap credentials every agent started by the harness (tests, demo, benchmark) gets: a
 * token for terminal POS-01 and a first manager ({@code rebound.security.bootstrap.*}). Every agent
 * call of the harness sends the terminal's bearer token; approvals and inspections also a session.
 */
public final class EdgeCredentials {
  public static final String TERMINAL = "POS-01";
  public static final String TERMINAL_TOKEN = "rbt_e2e-bootstrap-terminal-token-of-POS-01";
  public static final String MANAGER = "e2e.manager";
  public static final String MANAGER_PASSWORD = "e2e-manager-password";
  public static final String SESSION_HEADER = "Rebound-Session";
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private EdgeCredentials() {}

  /**
   * The agent properties that create them at the first start. The harness's one terminal stands for
   * every POS of a burst (crash tests, benchmark: thousands of returns from 32–64 threads), so its
   * per-terminal rate limit is lifted; the limit itself is tested in the edge's RateLimitTest.
   */
  public static Map<String, String> bootstrapProperties() {
    return Map.of(
        "rebound.security.bootstrap.terminal-id", TERMINAL,
        "rebound.security.bootstrap.terminal-token", TERMINAL_TOKEN,
        "rebound.security.bootstrap.manager-username", MANAGER,
        "rebound.security.bootstrap.manager-password", MANAGER_PASSWORD,
        "rebound.security.rate-limit.requests-per-second", "1000000",
        "rebound.security.rate-limit.burst", "1000000");
  }

  /** {@code builder} with the terminal's bearer token. */
  public static HttpRequest.Builder asTerminal(HttpRequest.Builder builder) {
    return builder.header("Authorization", "Bearer " + TERMINAL_TOKEN);
  }

  /** A new session of the bootstrap manager at the agent at {@code agentBase}. */
  public static String managerSession(URI agentBase) {
    HttpRequest login =
        asTerminal(HttpRequest.newBuilder(agentBase.resolve("/api/v1/sessions")))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"username\":\"" + MANAGER + "\",\"password\":\"" + MANAGER_PASSWORD + "\"}"))
            .build();
    try {
      HttpResponse<String> r = HTTP.send(login, HttpResponse.BodyHandlers.ofString());
      Matcher m = TOKEN.matcher(r.body());
      if (r.statusCode() != 201 || !m.find()) {
        throw new HarnessException("manager login failed: " + r.statusCode() + " " + r.body());
      }
      return m.group(1);
    } catch (IOException e) {
      throw new HarnessException("manager login failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted: manager login", e);
    }
  }
}
