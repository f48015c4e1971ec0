package io.rebound.edge.security.api;

import static io.rebound.edge.security.testing.RawHttp.as;
import static io.rebound.edge.security.testing.RawHttp.bearer;
import static io.rebound.edge.security.testing.RawHttp.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.returns.api.FreshDataDir;
import io.rebound.edge.security.testing.AppUri;
import io.rebound.edge.security.testing.Bodies;
import io.rebound.edge.security.testing.DefaultCredentials;
import io.rebound.edge.security.testing.RawHttp;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.schema.MessageSchemas;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Roles on approvals and inspections, the audit log, logins and lockout. */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class RolesAndAuditTest {
  private static final String TOKEN = DefaultCredentials.TERMINAL_TOKEN;
  private static final String APPROVE =
      "{\"decision\":\"APPROVED\",\"manager\":\"whoever\",\"reason\":\"regular customer\"}";

  @Inject ReadPool reads;
  @Inject WriteLane lane;

  @Test
  void an_associate_cannot_approve_a_manager_can_and_it_is_audited_into_the_outbox() {
    String manager = DefaultCredentials.login(AppUri.http());
    String associate = associateSession(manager, "ann.assoc");
    String returnId = pendingReturn();

    RawHttp.Answer denied = approve(returnId, as(TOKEN, associate));
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.json().getString("rule")).isEqualTo("auth.role-required");
    assertThat(count("SELECT count(*) FROM approvals")).isZero();
    assertThat(
            strings(
                "SELECT actor || '/' || result FROM audit_log WHERE action = 'APPROVAL_DECIDED'"))
        .containsExactly("ann.assoc/DENIED");

    RawHttp.Answer approved = approve(returnId, as(TOKEN, manager));
    assertThat(approved.status()).isEqualTo(201);
    assertThat(approved.json().getString("manager")).isEqualTo(DefaultCredentials.MANAGER);
    assertThat(
            strings(
                "SELECT actor || '/' || role || '/' || result || '/' || target FROM audit_log"
                    + " WHERE action = 'APPROVAL_DECIDED' AND result = 'SUCCESS'"))
        .containsExactly("test.manager/MANAGER/SUCCESS/" + returnId);

    JsonNode event = lastAuditEvent();
    MessageSchemas.instance().validateEvent(event);
    assertThat(event.path("payload").path("action").asText()).isEqualTo("APPROVAL_DECIDED");
    assertThat(event.path("payload").path("actor").asText()).isEqualTo("test.manager");
    assertThat(event.path("payload").path("target").asText()).isEqualTo(returnId);
  }

  @Test
  void inspection_needs_a_signed_in_associate_or_manager() {
    String manager = DefaultCredentials.login(AppUri.http());
    String associate = associateSession(manager, "ina.assoc");
    String returnId = acceptedReturn();
    String step =
        "{\"inspectedBy\":\"ina\",\"lines\":[{\"lineIndex\":0,\"quantity\":1,\"disposition\":\"RESELLABLE\"}]}";

    RawHttp.Answer terminalOnly = inspect(returnId, step, bearer(TOKEN));
    assertThat(terminalOnly.status()).isEqualTo(403);
    assertThat(count("SELECT count(*) FROM inspections")).isZero();

    assertThat(inspect(returnId, step, as(TOKEN, associate)).status()).isEqualTo(201);
    assertThat(
            count(
                "SELECT count(*) FROM audit_log WHERE action = 'INSPECTION_RECORDED'"
                    + " AND result = 'SUCCESS' AND actor = 'ina.assoc'"))
        .isEqualTo(1);
  }

  @Test
  void the_audit_log_refuses_updates_and_deletes() {
    DefaultCredentials.login(AppUri.http());
    assertThat(count("SELECT count(*) FROM audit_log")).isPositive();

    for (String sql : List.of("UPDATE audit_log SET result = 'SUCCESS'", "DELETE FROM audit_log")) {
      assertThatThrownBy(
              () ->
                  lane.submit(
                          c -> {
                            try (PreparedStatement ps = c.prepareStatement(sql)) {
                              return ps.executeUpdate();
                            }
                          })
                      .get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void failed_logins_are_audited_and_lock_the_name_even_for_the_right_password() {
    String manager = DefaultCredentials.login(AppUri.http());
    associateSession(manager, "lou.assoc");
    for (int i = 0; i < 4; i++) {
      RawHttp.Answer wrong = login("lou.assoc", "not-the-password");
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.json().getString("rule")).isEqualTo("auth.login-failed");
    }
    RawHttp.Answer fifth = login("lou.assoc", "not-the-password");
    assertThat(fifth.status()).isEqualTo(429);
    assertThat(fifth.header("Retry-After")).isNotBlank();

    RawHttp.Answer right = login("lou.assoc", "associate-password-1");
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.json().getString("rule")).isEqualTo("auth.login-locked");
    assertThat(
            count(
                "SELECT count(*) FROM audit_log WHERE action = 'LOGIN' AND actor = 'lou.assoc'"
                    + " AND result = 'FAILURE'"))
        .isEqualTo(6);
  }

  @Test
  void passwords_are_stored_as_pbkdf2_sha256_with_600000_iterations_and_a_salt() {
    String manager = DefaultCredentials.login(AppUri.http());
    associateSession(manager, "pat.assoc");

    List<String> hashes = strings("SELECT password_hash FROM users");
    assertThat(hashes)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(
            h -> assertThat(h).startsWith("pbkdf2-sha256$600000$").doesNotContain("password"));
    assertThat(hashes).doesNotHaveDuplicates();
  }

  private static String associateSession(String manager, String username) {
    RawHttp.Answer created =
        call(
            "POST",
            "/api/v1/users",
            "{\"username\":\""
                + username
                + "\",\"role\":\"ASSOCIATE\",\"password\":\"associate-password-1\"}",
            as(TOKEN, manager));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return RawHttp.login(TOKEN, username, "associate-password-1");
  }

  private static RawHttp.Answer login(String username, String password) {
    return call(
        "POST",
        "/api/v1/sessions",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
        bearer(TOKEN));
  }

  private static String pendingReturn() {
    RawHttp.Answer a = post(Bodies.cashReturn("POS-01", "250.00"));
    assertThat(a.json().getString("status")).isEqualTo("PENDING_APPROVAL");
    return a.json().getString("returnId");
  }

  private static String acceptedReturn() {
    RawHttp.Answer a = post(Bodies.cashReturn("POS-01", "20.00"));
    assertThat(a.json().getString("status")).isEqualTo("ACCEPTED");
    return a.json().getString("returnId");
  }

  private static RawHttp.Answer post(String body) {
    RawHttp.Answer a =
        call(
            "POST",
            "/api/v1/returns",
            body,
            "Authorization",
            "Bearer " + TOKEN,
            "Idempotency-Key",
            Bodies.newKey());
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a;
  }

  private static RawHttp.Answer approve(String returnId, String[] headers) {
    return call("POST", "/api/v1/returns/" + returnId + "/approval", APPROVE, withKey(headers));
  }

  private static RawHttp.Answer inspect(String returnId, String body, String[] headers) {
    return call("POST", "/api/v1/returns/" + returnId + "/inspection", body, withKey(headers));
  }

  private static String[] withKey(String[] headers) {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Idempotency-Key");
    all.add(Bodies.newKey());
    return all.toArray(String[]::new);
  }

  private JsonNode lastAuditEvent() {
    byte[] envelope =
        reads.read(
            c -> {
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT envelope FROM outbox WHERE event_type = 'audit.recorded'"
                              + " ORDER BY sequence DESC LIMIT 1");
                  ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
              }
            });
    return ProtocolJson.decode(envelope, JsonNode.class);
  }

  private List<String> strings(String sql) {
    return reads.read(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
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
