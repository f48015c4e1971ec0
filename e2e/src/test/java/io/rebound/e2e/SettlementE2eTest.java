package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * Central tells the store how the refund and the ERP postings ended, with real processes: central
 * with nothing configured (sandbox gateway, journal ERP), one agent, Mosquitto.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SettlementE2eTest {
  private Rig rig;

  @BeforeEach
  void start(TestInfo info) {
    rig = Rig.start(info);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void card_refund_deferred_offline_turns_issued_at_the_store_once_central_refunded_it() {
    rig.central("central-1");
    Agent agent =
        rig.agent(rig.agentConfig("store-settle").with("rebound.updates.poll-interval", "1s"));
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.status().mode(), "ONLINE"::equals);
    rig.broker.stop();
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.status().mode(), "OFFLINE"::equals);

    AcceptedReturn accepted =
        AcceptedReturn.of(
            agent.pos().post("settle-1", ReturnBodies.json(ReturnBodies.cardReturn(43))));
    assertThat(accepted.refundStatus()).as(accepted.body()).isEqualTo("DEFERRED");
    ReturnId id = accepted.returnId();
    assertThat(owedRefunds(agent).findValuesAsText("returnId")).contains(id.toString());

    rig.broker.restart();

    JsonNode refund =
        await("the store hears that central refunded the return")
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .ignoreExceptions()
            .until(
                () -> get(agent, "/api/v1/returns/" + id).path("refund"),
                r -> "ISSUED".equals(r.path("status").asText()));
    assertThat(refund.path("reference").asText()).startsWith("re_sandbox_");
    assertThat(owedRefunds(agent).findValuesAsText("returnId")).doesNotContain(id.toString());

    JsonNode detail =
        await("the store hears of both postings")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> get(agent, "/api/v1/returns/" + id + "/detail"),
                d -> "POSTED".equals(d.path("erp").path("state").asText()));
    assertThat(detail.path("erp").path("postings").findValuesAsText("kind"))
        .containsExactly("CREDIT_NOTE", "STOCK_RETURN");
    assertThat(detail.path("timeline").findValuesAsText("kind"))
        .contains("REFUND_SETTLED", "POSTED_IN_ERP");
  }

  private static JsonNode owedRefunds(Agent agent) {
    return get(agent, "/api/v1/pending").path("refunds");
  }

  private static JsonNode get(Agent agent, String path) {
    HttpJson.Reply r = HttpJson.getAsTerminal(agent.app().baseUri().resolve(path));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }
}
