package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.testing.FreePort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * The refund and ERP orchestration with real processes: central with nothing configured (the
 * embedded sandbox gateway and journal), one agent, Mosquitto.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class OrchestrationE2eTest {
  /** Central's process timings shortened so a failing gateway trips the circuit within seconds. */
  private static final Map<String, String> QUICK_PROCESS =
      Map.of(
          "rebound.process.poll-interval", "200ms",
          "rebound.process.backoff-initial", "200ms",
          "rebound.process.backoff-max", "1s",
          "rebound.process.max-attempts", "3",
          "rebound.process.payment.timeout-millis", "5000",
          "rebound.process.payment.retry-delay-millis", "10",
          "rebound.central.heartbeat-interval", "1S");

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
  void card_return_deferred_offline_is_refunded_by_the_sandbox_and_posted_to_the_journal() {
    Central central = rig.central("central-1");
    Agent agent = rig.agent("store-orch");
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.status().mode(), "ONLINE"::equals);
    rig.broker.stop();
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.status().mode(), "OFFLINE"::equals);

    AcceptedReturn accepted =
        AcceptedReturn.of(
            agent.pos().post("card-1", ReturnBodies.json(ReturnBodies.cardReturn(41))));
    assertThat(accepted.mode()).isEqualTo("OFFLINE");
    assertThat(accepted.refundMethod()).as(accepted.body()).isEqualTo("CARD");
    assertThat(accepted.refundStatus()).as(accepted.body()).isEqualTo("DEFERRED");
    ReturnId id = accepted.returnId();

    rig.broker.restart();

    JsonNode view =
        await("central refunds and posts the return")
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .ignoreExceptions()
            .until(
                () -> central.returnById(id).json(),
                v ->
                    v.path("steps").size() == 3
                        && v.path("steps").findValuesAsText("state").stream()
                            .allMatch("SUCCEEDED"::equals));
    assertThat(view.path("steps").findValuesAsText("kind"))
        .containsExactly("REFUND", "CREDIT_NOTE", "STOCK_RETURN");
    JsonNode refund = view.path("steps").get(0);
    assertThat(refund.path("adapterKind").asText()).isEqualTo("sandbox");
    assertThat(refund.path("mark").asText()).isEqualTo("SANDBOX");
    assertThat(refund.path("externalReference").asText()).startsWith("re_sandbox_");
    assertThat(refund.path("attempts").asInt()).isEqualTo(1);

    List<String> timeline = view.path("timeline").findValuesAsText("step");
    assertThat(timeline.subList(0, 2)).containsExactly("ACCEPTED_AT_STORE", "RECEIVED_BY_CENTRAL");
    List<String> attempts = new ArrayList<>();
    view.path("timeline")
        .forEach(
            t -> {
              if ("STEP_ATTEMPTED".equals(t.path("step").asText())) {
                attempts.add(t.path("detail").asText());
              }
            });
    assertThat(attempts)
        .hasSize(3)
        .anySatisfy(
            d -> assertThat(d).startsWith("REFUND attempt 1 via sandbox [SANDBOX]: SUCCEEDED"))
        .anySatisfy(
            d -> assertThat(d).startsWith("CREDIT_NOTE attempt 1 via journal [SANDBOX]: SUCCEEDED"))
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("STOCK_RETURN attempt 1 via journal [SANDBOX]: SUCCEEDED"));

    HttpJson.Reply journal = central.journalEntries(id);
    assertThat(journal.status()).as(journal.body()).isEqualTo(200);
    assertThat(journal.json().path("items").findValuesAsText("kind"))
        .containsExactly("CREDIT_NOTE", "STOCK_RETURN");
    for (JsonNode entry : journal.json().path("items")) {
      long debit = 0;
      long credit = 0;
      for (JsonNode line : entry.path("lines")) {
        debit += line.path("debitMinor").asLong();
        credit += line.path("creditMinor").asLong();
      }
      assertThat(debit).as(entry.toString()).isEqualTo(credit).isPositive();
    }
    assertThat(rig.centralDb.sequences(agent.storeId())).isEqualTo(Sequences.oneTo(1));
  }

  @Test
  void agent_turns_payment_degraded_while_central_cannot_reach_the_gateway() {
    // a Stripe base URL nobody answers on: every refund attempt is refused at connect
    int dead = FreePort.find();
    Central central =
        rig.central(
            rig.centralConfig("central-1")
                .with(QUICK_PROCESS)
                .with(
                    Map.of(
                        "rebound.payment.kind",
                        "stripe",
                        "rebound.payment.stripe.base-url",
                        "http://127.0.0.1:" + dead,
                        "rebound.payment.stripe.api-key",
                        "sk_test_e2e_unreachable",
                        "rebound.payment.stripe.connect-timeout",
                        "1s",
                        "rebound.payment.stripe.request-timeout",
                        "1s")));
    Agent agent =
        rig.agent(rig.agentConfig("store-degraded").with("rebound.upstream.central-timeout", "3s"));
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.status().mode(), "ONLINE"::equals);

    AcceptedReturn first =
        AcceptedReturn.of(
            agent.pos().post("card-1", ReturnBodies.json(ReturnBodies.cardReturn(51))));
    // DEFERRED, or APPROVED where central authorizes ONLINE card refunds: central refunds either
    assertThat(first.refundStatus()).as(first.body()).isIn("DEFERRED", "APPROVED");

    long failing = System.nanoTime();
    Duration toDegraded =
        UpstreamModes.awaitMode(agent, "PAYMENT_DEGRADED", Duration.ofSeconds(60), failing);
    System.out.printf(
        "gateway unreachable -> agent PAYMENT_DEGRADED after %d ms%n", toDegraded.toMillis());

    AcceptedReturn second =
        AcceptedReturn.of(
            agent.pos().post("card-2", ReturnBodies.json(ReturnBodies.cardReturn(52))));
    assertThat(second.mode()).isEqualTo("PAYMENT_DEGRADED");
    assertThat(second.refundStatus()).as(second.body()).isEqualTo("DEFERRED");
    assertThat(second.effects()).as(second.body()).containsEntry("policy.card.deferred", "DEFER");
    JsonNode status =
        HttpJson.getAsTerminal(agent.app().baseUri().resolve("/api/v1/status")).json();
    assertThat(status.path("central").path("paymentGateway").asText()).isEqualTo("DOWN");

    // central holds the refunds (not dead-lettered: an outage is no reason to give up)
    for (ReturnId id : List.of(first.returnId(), second.returnId())) {
      JsonNode refund =
          await("central holds the refund of " + id)
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(500))
              .ignoreExceptions()
              .until(() -> central.returnById(id).json().path("steps").get(0), s -> s != null);
      assertThat(refund.path("kind").asText()).isEqualTo("REFUND");
      assertThat(refund.path("state").asText()).isIn("PENDING", "RETRY_WAIT", "IN_PROGRESS");
    }
    // 3 counted attempts would take about a second here: held probes are not counted
    await("an outage dead-letters nothing")
        .during(Duration.ofSeconds(6))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> central.deadLetters().json().path("items").size(), n -> n == 0);
  }
}
