package io.rebound.edge.security.api;

import static io.rebound.edge.security.testing.RawHttp.as;
import static io.rebound.edge.security.testing.RawHttp.bearer;
import static io.rebound.edge.security.testing.RawHttp.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.returns.api.FreshDataDir;
import io.rebound.edge.security.auth.Tokens;
import io.rebound.edge.security.testing.AppUri;
import io.rebound.edge.security.testing.Bodies;
import io.rebound.edge.security.testing.DefaultCredentials;
import io.rebound.edge.security.testing.RawHttp;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Terminal tokens: every POS call authenticated, own store and own terminal only. */
@QuarkusTest
@WithTestResource(
    value = FreshDataDir.class,
    scope = io.quarkus.test.common.TestResourceScope.RESTRICTED_TO_CLASS)
class AuthenticationTest {
  private static final String TOKEN = DefaultCredentials.TERMINAL_TOKEN;

  @Inject ReadPool reads;
  @Inject WriteLane lane;

  @Test
  void calls_without_or_with_a_wrong_token_are_401_problems_with_www_authenticate() {
    for (String[] headers :
        new String[][] {
          {},
          bearer("rbt_wrong-token-0123456789abcdefghijklmnopqrstu"),
          {"Authorization", "Basic Zm9vOmJhcg=="}
        }) {
      for (String path : new String[] {"/api/v1/returns", "/api/v1/status", "/api/v1/nowhere"}) {
        RawHttp.Answer a = call("GET", path, null, headers);
        assertThat(a.status()).as(path).isEqualTo(401);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(a.json().getString("rule")).startsWith("auth.");
      }
    }
    RawHttp.Answer post =
        call(
            "POST",
            "/api/v1/returns",
            Bodies.cashReturn("POS-01", "10.00"),
            "Idempotency-Key",
            Bodies.newKey());
    assertThat(post.status()).isEqualTo(401);
    assertThat(post.json().getString("rule")).isEqualTo("auth.token-required");
    assertThat(call("GET", "/q/health/ready", null).status()).isEqualTo(200);
  }

  @Test
  void a_body_naming_another_terminal_is_a_403_naming_the_rule_and_stores_nothing() {
    long before = count("SELECT count(*) FROM returns");
    RawHttp.Answer a =
        call(
            "POST",
            "/api/v1/returns",
            Bodies.cashReturn("POS-77", "10.00"),
            "Authorization",
            "Bearer " + TOKEN,
            "Idempotency-Key",
            Bodies.newKey());

    assertThat(a.status()).isEqualTo(403);
    assertThat(a.json().getString("rule")).isEqualTo("auth.terminal-matches-token");
    assertThat(a.json().getString("field")).isEqualTo("terminalId");
    assertThat(count("SELECT count(*) FROM returns")).isEqualTo(before);
  }

  @Test
  void a_return_of_another_store_is_404_never_403() throws Exception {
    RawHttp.Answer created =
        call(
            "POST",
            "/api/v1/returns",
            Bodies.cashReturn("POS-01", "12.00"),
            "Authorization",
            "Bearer " + TOKEN,
            "Idempotency-Key",
            Bodies.newKey());
    assertThat(created.status()).isEqualTo(201);
    String returnId = created.json().getString("returnId");
    lane.submit(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE returns SET store_id = 'store-b' WHERE return_id = ?")) {
                ps.setString(1, returnId);
                return ps.executeUpdate();
              }
            })
        .get(10, TimeUnit.SECONDS);

    RawHttp.Answer read = call("GET", "/api/v1/returns/" + returnId, null, bearer(TOKEN));
    assertThat(read.status()).isEqualTo(404);
    RawHttp.Answer list = call("GET", "/api/v1/returns?limit=200", null, bearer(TOKEN));
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(returnId);
  }

  @Test
  void an_issued_token_is_stored_hashed_works_once_shown_and_stops_at_revocation() {
    String manager = DefaultCredentials.login(app());
    RawHttp.Answer issued =
        call("POST", "/api/v1/terminals", "{\"terminalId\":\"POS-09\"}", as(TOKEN, manager));
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.json().getString("token");
    assertThat(token).startsWith("rbt_").hasSizeGreaterThanOrEqualTo(4 + 43);
    assertThat(hexHashOf("POS-09")).isEqualTo(Tokens.key(Tokens.hash(token)));

    assertThat(call("GET", "/api/v1/status", null, bearer(token)).status()).isEqualTo(200);
    RawHttp.Answer own =
        call(
            "POST",
            "/api/v1/returns",
            Bodies.cashReturn("POS-09", "11.00"),
            "Authorization",
            "Bearer " + token,
            "Idempotency-Key",
            Bodies.newKey());
    assertThat(own.status()).isEqualTo(201);

    assertThat(call("DELETE", "/api/v1/terminals/POS-09", null, as(TOKEN, manager)).status())
        .isEqualTo(204);
    assertThat(call("GET", "/api/v1/status", null, bearer(token)).status()).isEqualTo(401);
    assertThat(auditCount("TERMINAL_ISSUED", "POS-09")).isEqualTo(1);
    assertThat(auditCount("TERMINAL_REVOKED", "POS-09")).isEqualTo(1);
  }

  @Test
  void a_terminal_without_a_manager_session_cannot_issue_tokens() {
    RawHttp.Answer a =
        call("POST", "/api/v1/terminals", "{\"terminalId\":\"POS-10\"}", bearer(TOKEN));
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.json().getString("rule")).isEqualTo("auth.role-required");
    assertThat(count("SELECT count(*) FROM terminals WHERE terminal_id = 'POS-10'")).isZero();
  }

  @Test
  void a_session_is_valid_only_with_the_terminal_it_was_opened_on() {
    String manager = DefaultCredentials.login(app());
    String other =
        call("POST", "/api/v1/terminals", "{\"terminalId\":\"POS-11\"}", as(TOKEN, manager))
            .json()
            .getString("token");

    RawHttp.Answer a = call("GET", "/api/v1/sessions/current", null, as(other, manager));
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.json().getString("rule")).isEqualTo("auth.session-invalid");
  }

  private static String app() {
    return AppUri.http();
  }

  private String hexHashOf(String terminal) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT token_hash FROM terminals WHERE terminal_id = ?")) {
            ps.setString(1, terminal);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return Tokens.key(rs.getBytes(1));
            }
          }
        });
  }

  private long auditCount(String action, String target) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM audit_log WHERE action = ? AND target = ?"
                      + " AND result = 'SUCCESS'")) {
            ps.setString(1, action);
            ps.setString(2, target);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private long count(String sql) {
    return reads.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
