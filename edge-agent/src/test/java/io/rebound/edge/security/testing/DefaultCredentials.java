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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test profile's bootstrap credentials ({@code %test.rebound.security.bootstrap.*} in
 * application.properties) as a RestAssured default filter: every request gets the bootstrap
 * terminal's bearer token and a session of the bootstrap manager, unless it sets those headers
 * itself. The session is opened on first use per app (base URI + port) and again if the app
 * restarted.
 */
public final class DefaultCredentials implements Filter {
  public static final String TERMINAL = "POS-01";
  public static final String TERMINAL_TOKEN = "rbt_test-bootstrap-terminal-token-of-POS-01";
  public static final String MANAGER = "test.manager";
  public static final String MANAGER_PASSWORD = "test-manager-password";
  public static final String SESSION_HEADER = "Rebound-Session";

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final ConcurrentHashMap<String, String> SESSIONS = new ConcurrentHashMap<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private DefaultCredentials() {}

  /**
   * Adds this filter to RestAssured's default filters once (called before each test). A filter
   * rather than a RequestSpecBuilder spec: a built spec would pin the port RestAssured had when it
   * was built, before Quarkus set the test port.
   */
  public static void install() {
    if (RestAssured.filters().stream().noneMatch(DefaultCredentials.class::isInstance)) {
      RestAssured.filters(new DefaultCredentials());
    }
    URI base = URI.create(AppUri.http());
    if (base.getPort() > 0) {
      String app = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
      String session = SESSIONS.get(app);
      if (session == null || !live(app, session)) {
        try {
          SESSIONS.put(app, login(app));
        } catch (IllegalStateException e) {
          SESSIONS.remove(app); // e.g. plain HTTP disabled (HTTPS test): the filter tries later
        }
      }
    }
  }

  /**
   * Whether {@code session} is still signed in at {@code app} (the app may have restarted on the
   * same port). Logging in here, before the test body, keeps the login's audit row out of what a
   * test measures.
   */
  private static boolean live(String app, String session) {
    HttpRequest check =
        HttpRequest.newBuilder(URI.create(app + "/api/v1/sessions/current"))
            .header("Authorization", "Bearer " + TERMINAL_TOKEN)
            .header(SESSION_HEADER, session)
            .GET()
            .build();
    try {
      return HTTP.send(check, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
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
    if (request.getHeaders().hasHeaderWithName(SESSION_HEADER)) {
      return ctx.next(request, response);
    }
    URI uri = URI.create(request.getURI());
    String app = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    request.header(SESSION_HEADER, SESSIONS.computeIfAbsent(app, DefaultCredentials::login));
    Response first = ctx.next(request, response);
    if (first.statusCode() != 401 || !first.asString().contains("auth.session-invalid")) {
      return first;
    }
    SESSIONS.put(app, login(app));
    request.removeHeader(SESSION_HEADER);
    request.header(SESSION_HEADER, SESSIONS.get(app));
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
