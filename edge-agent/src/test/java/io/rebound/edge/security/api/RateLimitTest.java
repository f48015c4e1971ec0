package io.rebound.edge.security.api;

import static io.rebound.edge.security.testing.RawHttp.bearer;
import static io.rebound.edge.security.testing.RawHttp.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.returns.api.FreshDataDir;
import io.rebound.edge.security.testing.DefaultCredentials;
import io.rebound.edge.security.testing.RawHttp;
import io.rebound.edge.security.testing.RawHttp.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A terminal over its token bucket gets 429 with Retry-After; others are not affected. */
@QuarkusTest
@TestProfile(RateLimitTest.Slow.class)
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class RateLimitTest {
  /** One request per second, bursts of five. */
  public static class Slow implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rebound.security.rate-limit.requests-per-second", "1",
          "rebound.security.rate-limit.burst", "5");
    }
  }

  @Test
  void a_terminal_over_its_rate_gets_429_with_retry_after() {
    List<Integer> statuses = new ArrayList<>();
    RawHttp.Answer limited = null;
    for (int i = 0; i < 12 && limited == null; i++) {
      RawHttp.Answer a =
          call("GET", "/api/v1/status", null, bearer(DefaultCredentials.TERMINAL_TOKEN));
      statuses.add(a.status());
      if (a.status() == 429) {
        limited = a;
      }
    }

    assertThat(statuses).startsWith(200, 200);
    assertThat(limited).as("statuses %s", statuses).isNotNull();
    assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
    assertThat(limited.json().getString("rule")).isEqualTo("auth.rate-limit");
    assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
    assertThat(
            call(
                    "GET",
                    "/api/v1/status",
                    null,
                    bearer("rbt_unknown-terminal-token-0123456789abcdef"))
                .status())
        .isEqualTo(401);
  }

  @Test
  void
      a_flood_of_anonymous_logins_and_made_up_sessions_does_not_lock_a_manager_out_of_the_screen() {
    Answer login =
        call(
            "POST",
            "/api/v1/sessions",
            "{\"username\":\"test.manager\",\"password\":\"test-manager-password\"}");
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    String session = login.json().getString("token");

    // made-up sessions are refused as such and drain no bucket
    for (int i = 0; i < 12; i++) {
      Answer a =
          call(
              "GET",
              "/api/v1/status",
              null,
              DefaultCredentials.SESSION_HEADER,
              "rbs_made-up-session-" + i);
      assertThat(a.status()).isEqualTo(401);
    }
    // anonymous logins share one bucket (burst 5 here): the flood is throttled
    List<Integer> logins = new ArrayList<>();
    for (int i = 0; i < 12 && !logins.contains(429); i++) {
      logins.add(call("POST", "/api/v1/sessions", "{}").status());
    }
    assertThat(logins).as("anonymous logins %s", logins).contains(429);

    // the signed-in manager has a bucket of their own
    Answer status = call("GET", "/api/v1/status", null, DefaultCredentials.SESSION_HEADER, session);
    assertThat(status.status()).as(status.body()).isEqualTo(200);
  }
}
