package io.rebound.edge.ui;

import static io.rebound.edge.security.testing.RawHttp.as;
import static io.rebound.edge.security.testing.RawHttp.bearer;
import static io.rebound.edge.security.testing.RawHttp.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.returns.api.FreshDataDir;
import io.rebound.edge.security.testing.AppUri;
import io.rebound.edge.security.testing.Bodies;
import io.rebound.edge.security.testing.DefaultCredentials;
import io.rebound.edge.security.testing.RawHttp;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The manager's browser has no terminal token: an anonymous login opens a session of the BACKOFFICE
 * pseudo-terminal, and that session alone authenticates its person, with the same role rules; it
 * never posts a return, and no POS token exists for that id. Static files of /ui are open; /ops is
 * central's.
 */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class BackOfficeSessionTest {
  private static final String TOKEN = DefaultCredentials.TERMINAL_TOKEN;
  private static final String MANAGER_SESSION = DefaultCredentials.MANAGER_SESSION;

  @Test
  void a_manager_logs_in_without_a_terminal_token_and_the_session_alone_authenticates() {
    RawHttp.Answer login = login(DefaultCredentials.MANAGER, DefaultCredentials.MANAGER_PASSWORD);
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    assertThat(login.json().getString("terminalId")).isEqualTo("BACKOFFICE");
    assertThat(login.json().getString("role")).isEqualTo("MANAGER");
    String session = login.json().getString("token");

    RawHttp.Answer status = call("GET", "/api/v1/status", null, "Rebound-Session", session);
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().getString("offlineCash.timeZone")).isNotBlank();
    RawHttp.Answer me = call("GET", "/api/v1/sessions/current", null, "Rebound-Session", session);
    assertThat(me.json().getString("username")).isEqualTo(DefaultCredentials.MANAGER);
    assertThat(me.json().getString("terminalId")).isEqualTo("BACKOFFICE");
    assertThat(call("GET", "/api/v1/pending", null, "Rebound-Session", session).status())
        .isEqualTo(200);

    // bound to the pseudo-terminal: not usable with a POS token, and a POS session alone is not one
    assertThat(call("GET", "/api/v1/status", null, as(TOKEN, session)).status()).isEqualTo(401);
    RawHttp.Answer posOnly =
        call("GET", "/api/v1/status", null, "Rebound-Session", MANAGER_SESSION);
    assertThat(posOnly.status()).isEqualTo(401);
    assertThat(posOnly.json().getString("rule")).isEqualTo("auth.session-invalid");

    assertThat(
            call("DELETE", "/api/v1/sessions/current", null, "Rebound-Session", session).status())
        .isEqualTo(204);
    assertThat(call("GET", "/api/v1/status", null, "Rebound-Session", session).status())
        .isEqualTo(401);
  }

  @Test
  void a_wrong_password_is_a_401_and_anonymous_calls_other_than_login_stay_401() {
    RawHttp.Answer wrong = login(DefaultCredentials.MANAGER, "not-the-password-at-all");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().getString("rule")).isEqualTo("auth.login-failed");
    assertThat(call("GET", "/api/v1/status", null).json().getString("rule"))
        .isEqualTo("auth.token-required");
    assertThat(call("POST", "/ui/index.html", "{}").status()).isEqualTo(401);
  }

  @Test
  void a_back_office_session_cannot_post_a_return_for_any_terminal() {
    String session = managerSession();
    for (String terminal : new String[] {"POS-01", "BACKOFFICE"}) {
      RawHttp.Answer a =
          call(
              "POST",
              "/api/v1/returns",
              Bodies.cashReturn(terminal, "10.00"),
              "Rebound-Session",
              session,
              "Idempotency-Key",
              Bodies.newKey());
      assertThat(a.status()).as(terminal).isEqualTo(403);
      assertThat(a.json().getString("rule")).isEqualTo("auth.terminal-matches-token");
    }
  }

  @Test
  void an_associate_in_the_back_office_cannot_approve_or_retry() {
    String username = "assoc-" + UUID.randomUUID().toString().substring(0, 8);
    RawHttp.Answer created =
        call(
            "POST",
            "/api/v1/users",
            "{\"username\":\""
                + username
                + "\",\"role\":\"ASSOCIATE\",\"password\":\"associate-password-1\"}",
            as(TOKEN, MANAGER_SESSION));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    RawHttp.Answer login = login(username, "associate-password-1");
    assertThat(login.status()).isEqualTo(201);
    String session = login.json().getString("token");
    String pending = pendingReturn();

    RawHttp.Answer approve =
        call(
            "POST",
            "/api/v1/returns/" + pending + "/approval",
            "{\"decision\":\"APPROVED\",\"manager\":\"x\",\"reason\":\"ok\"}",
            "Rebound-Session",
            session,
            "Idempotency-Key",
            Bodies.newKey());
    assertThat(approve.status()).isEqualTo(403);
    assertThat(approve.json().getString("rule")).isEqualTo("auth.role-required");
    RawHttp.Answer retry =
        call("POST", "/api/v1/pending/1/retry", null, "Rebound-Session", session);
    assertThat(retry.status()).isEqualTo(403);
    assertThat(retry.json().getString("rule")).isEqualTo("auth.role-required");
  }

  @Test
  void no_terminal_token_is_issued_for_the_pseudo_terminal() {
    RawHttp.Answer a =
        call(
            "POST",
            "/api/v1/terminals",
            "{\"terminalId\":\"backoffice\"}",
            as(TOKEN, MANAGER_SESSION));
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.json().getString("rule")).isEqualTo("terminal.reserved");
    assertThat(a.json().getString("field")).isEqualTo("terminalId");
  }

  @Test
  void static_files_of_the_screen_are_open_with_a_strict_policy_and_ops_is_not_here() {
    RawHttp.Answer redirect = call("GET", "/ui", null);
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("Location")).isEqualTo("/ui/");
    RawHttp.Answer page = call("GET", "/ui/", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy"))
        .contains("default-src 'self'")
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
    assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\">");
    RawHttp.Answer js = call("GET", "/assets/rebound.js", null);
    assertThat(js.status()).isEqualTo(200);
    RawHttp.Answer chart = call("GET", "/webjars/uplot/1.6.30/dist/uPlot.min.css", null);
    assertThat(chart.status()).isEqualTo(200);
    assertThat(chart.header("Cache-Control")).contains("immutable");
    assertThat(call("GET", "/ops/", null).status()).isEqualTo(404);
    assertThat(call("GET", "/ops/index.html", null, bearer(TOKEN)).status()).isEqualTo(404);
  }

  @Test
  void the_pending_stream_sends_a_snapshot_event_first() throws Exception {
    String session = managerSession();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(AppUri.http() + "/api/v1/pending/stream"))
            .header("Rebound-Session", session)
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && !line.startsWith("data: ")) {
        lines.add(line);
      }
      lines.add(line);
    }
    assertThat(lines).contains("retry: 2000", "event: snapshot");
    String data = lines.get(lines.size() - 1).substring("data: ".length());
    assertThat(JsonPath.from(data).getInt("blockedAfterAttempts")).isEqualTo(5);
    assertThat(JsonPath.from(data).getList("events")).isNotNull();
    assertThat(call("GET", "/api/v1/pending/stream", null).status()).isEqualTo(401);
  }

  private static RawHttp.Answer login(String username, String password) {
    return call(
        "POST",
        "/api/v1/sessions",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
  }

  private static String managerSession() {
    RawHttp.Answer a = login(DefaultCredentials.MANAGER, DefaultCredentials.MANAGER_PASSWORD);
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a.json().getString("token");
  }

  private static String pendingReturn() {
    RawHttp.Answer a =
        call(
            "POST",
            "/api/v1/returns",
            Bodies.cashReturn("POS-01", "250.00"),
            "Authorization",
            "Bearer " + TOKEN,
            "Idempotency-Key",
            Bodies.newKey());
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    assertThat(a.json().getString("status")).isEqualTo("PENDING_APPROVAL");
    return a.json().getString("returnId");
  }
}
