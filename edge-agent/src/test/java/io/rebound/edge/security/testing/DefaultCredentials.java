package io.rebound.edge.security.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test profile's bootstrap credentials ({@code %test.rebound.security.bootstrap.*} in
 * application.properties) as a RestAssured default filter: every request gets the bootstrap
 * terminal's bearer token and a session of the bootstrap manager, unless it sets those headers
 * itself. The session is the fixed one the test profile registers at startup (no login).
 */
public final class DefaultCredentials implements Filter {
  public static final String TERMINAL = "POS-01";
  public static final String TERMINAL_TOKEN = "rbt_test-bootstrap-terminal-token-of-POS-01";
  public static final String MANAGER = "test.manager";
  public static final String MANAGER_PASSWORD = "test-manager-password";
  public static final String SESSION_HEADER = "Rebound-Session";

  /**
   * The test profile's fixed manager session on POS-01 ({@code
   * %test.rebound.security.bootstrap.manager-session-token}): no login, so no LOGIN audit row.
   */
  public static final String MANAGER_SESSION = "rbs_test-bootstrap-manager-session-on-POS-01";

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private DefaultCredentials() {}

  /** Adds this filter to RestAssured's default filters once (called before each test). */
  public static void install() {
    if (RestAssured.filters().stream().noneMatch(DefaultCredentials.class::isInstance)) {
      RestAssured.filters(new DefaultCredentials());
    }
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext ctx) {
    if (!request.getHeaders().hasHeaderWithName("Authorization")) {
      request.header("Authorization", "Bearer " + TERMINAL_TOKEN);
    }
    if (!request.getHeaders().hasHeaderWithName(SESSION_HEADER)) {
      request.header(SESSION_HEADER, MANAGER_SESSION);
    }
    return ctx.next(request, response);
  }

  /** A new session of the bootstrap manager on the bootstrap terminal of the app at {@code app}. */
  public static String login(String app) {
    HttpRequest login =
        HttpRequest.newBuilder(URI.create(app + "/api/v1/sessions"))
            .header("Authorization", "Bearer " + TERMINAL_TOKEN)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"username\":\"" + MANAGER + "\",\"password\":\"" + MANAGER_PASSWORD + "\"}"))
            .build();
    try {
      HttpResponse<String> answer = HTTP.send(login, HttpResponse.BodyHandlers.ofString());
      Matcher m = TOKEN.matcher(answer.body());
      if (answer.statusCode() != 201 || !m.find()) {
        throw new IllegalStateException(
            "bootstrap manager login at "
                + app
                + " failed: "
                + answer.statusCode()
                + " "
                + answer.body());
      }
      return m.group(1);
    } catch (IOException e) {
      throw new IllegalStateException("bootstrap manager login at " + app + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
