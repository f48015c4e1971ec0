package io.rebound.central.security;

import static io.rebound.central.testing.OpsTestCredentials.anonymous;
import static io.rebound.central.testing.OpsTestCredentials.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.OpsTestCredentials;
import io.rebound.central.testing.WithoutOpsCredentials;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Login, sessions, lockout, user changes, bootstrap and the audit of the built-in user store. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@WithoutOpsCredentials
class OpsLoginTest {
  @Inject Database database;
  @Inject OpsBootstrap bootstrap;

  @Test
  void login_returns_an_opaque_bearer_token_stored_only_as_a_hash() {
    Response r =
        anonymous()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username", OpsTestCredentials.USER, "password", OpsTestCredentials.PASSWORD))
            .post("/api/v1/ops/sessions");
    r.then()
        .statusCode(201)
        .body("token", startsWith("rbo_"))
        .body("tokenType", equalTo("Bearer"))
        .body("expiresAt", notNullValue())
        .body("role", equalTo("operator"));
    String token = r.path("token");
    assertThat(
            count(
                "SELECT count(*) FROM ops_sessions WHERE token_hash = ?", OpsSessions.hash(token)))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM ops_sessions WHERE token_hash = ?", token)).isZero();
  }

  @Test
  void logout_ends_the_session() {
    String token = OpsTestCredentials.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
    bearer(token).delete("/api/v1/ops/sessions/current").then().statusCode(204);
    bearer(token).get("/api/v1/stores").then().statusCode(401);
  }

  @Test
  void an_expired_token_is_refused() throws SQLException {
    String token = OpsTestCredentials.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
    bearer(token).get("/api/v1/stores").then().statusCode(200);
    execute(
        "UPDATE ops_sessions SET expires_at = now() - interval '1 second' WHERE token_hash = ?",
        OpsSessions.hash(token));
    bearer(token).get("/api/v1/stores").then().statusCode(401);
  }

  @Test
  void repeated_wrong_passwords_lock_the_user_even_for_the_right_password() throws SQLException {
    String user = OpsAuthorizationTest.newUser("viewer");
    login(user, "wrong-password-1")
        .then()
        .statusCode(401)
        .body("rule", equalTo("ops.login.credentials"));
    login(user, "wrong-password-2").then().statusCode(401);
    login(user, "wrong-password-3") // the third of rebound.ops.max-failed-logins=3 locks
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .body("rule", equalTo("ops.login.locked"));
    login(user, "viewer-password-123").then().statusCode(429);
    anonymous()
        .auth()
        .preemptive()
        .basic(user, "viewer-password-123")
        .get("/api/v1/stores")
        .then()
        .statusCode(401);
    assertThat(auditActions(user))
        .containsSubsequence(
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "USER_LOCKED",
            "LOGIN_REFUSED_LOCKED",
            "LOGIN_REFUSED_LOCKED");

    // once the lock has run out (moved into the past here), the right password works again
    execute(
        "UPDATE ops_users SET locked_until = now() - interval '1 second' WHERE username = ?", user);
    login(user, "viewer-password-123").then().statusCode(201);
  }

  @Test
  void a_disabled_user_loses_its_sessions_and_cannot_log_in() {
    String user = OpsAuthorizationTest.newUser("operator");
    String token = OpsTestCredentials.login(user, "operator-password-123");
    bearer(token).get("/api/v1/stores").then().statusCode(200);
    String admin = OpsTestCredentials.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
    bearer(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("status", "DISABLED"))
        .patch("/api/v1/ops/users/" + user)
        .then()
        .statusCode(200)
        .body("status", equalTo("DISABLED"));
    bearer(token).get("/api/v1/stores").then().statusCode(401);
    login(user, "operator-password-123").then().statusCode(401);
    assertThat(auditActions(user)).contains("USER_CREATED", "USER_UPDATED");
  }

  @Test
  void user_input_errors_name_the_field_and_rule() {
    String admin = OpsTestCredentials.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
    createUser(admin, Map.of("username", "short-pw", "password", "short", "role", "viewer"))
        .then()
        .statusCode(400)
        .body("field", equalTo("password"))
        .body("rule", equalTo("password-length"));
    createUser(
            admin, Map.of("username", "bad role", "password", "long-enough-pw", "role", "viewer"))
        .then()
        .statusCode(400)
        .body("field", equalTo("username"));
    createUser(admin, Map.of("username", "r", "password", "long-enough-pw", "role", "admin"))
        .then()
        .statusCode(400)
        .body("field", equalTo("role"))
        .body("rule", equalTo("role"));
    createUser(
            admin,
            Map.of(
                "username",
                OpsTestCredentials.USER,
                "password",
                "long-enough-pw",
                "role",
                "viewer"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    bearer(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("status", "DISABLED"))
        .patch("/api/v1/ops/users/" + OpsTestCredentials.USER)
        .then()
        .statusCode(400)
        .body("rule", equalTo("self-lockout"));
  }

  @Test
  void bootstrap_creates_the_first_operator_only_once() {
    assertThat(bootstrap.run()).isFalse();
    assertThat(count("SELECT count(*) FROM ops_audit WHERE action = ?", "USER_BOOTSTRAPPED"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM ops_users WHERE username = ? AND role = 'operator'"
                    + " AND created_by = 'bootstrap'",
                OpsTestCredentials.USER))
        .isEqualTo(1);
  }

  @Test
  void the_audit_is_append_only_and_readable_by_viewers() {
    String viewer = OpsAuthorizationTest.newUser("viewer");
    String token = OpsTestCredentials.login(viewer, "viewer-password-123");
    bearer(token)
        .get("/api/v1/ops/audit?limit=500")
        .then()
        .statusCode(200)
        .body(
            "items.action", org.hamcrest.Matchers.hasItems("USER_BOOTSTRAPPED", "LOGIN_SUCCEEDED"));
    assertThatThrownBy(
            () -> execute("UPDATE ops_audit SET actor = 'someone-else' WHERE id > ?", 0L))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute("DELETE FROM ops_audit WHERE id > ?", 0L))
        .isInstanceOf(SQLException.class);
  }

  private static Response login(String user, String password) {
    return anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user, "password", password))
        .post("/api/v1/ops/sessions");
  }

  private static Response createUser(String token, Map<String, String> body) {
    return bearer(token).contentType(ContentType.JSON).body(body).post("/api/v1/ops/users");
  }

  private List<String> auditActions(String subject) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT action FROM ops_audit WHERE subject = ? ORDER BY id")) {
            ps.setString(1, subject);
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                actions.add(rs.getString(1));
              }
            }
            return actions;
          }
        });
  }

  private long count(String sql, Object param) {
    return database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private void execute(String sql, Object param) throws SQLException {
    try (var c = database.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      ps.executeUpdate();
    }
  }
}
