package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.AppConfig;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * The store policy follows the upstream mode the agent detects, with real processes: a broker that
 * is stopped and started again flips the mode within a bound, and the cash and card rules of the
 * PRODUCT.md degraded-mode table switch with it.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class UpstreamModePolicyTest {
  /** The agent's {@code rebound.upstream.central-timeout}: central unheard this long = OFFLINE. */
  private static final Duration CENTRAL_TIMEOUT = Duration.ofSeconds(3);

  /** Central's presence heartbeat: three per central timeout. */
  private static final String CENTRAL_HEARTBEAT = "1S";

  /**
   * Broker gone → OFFLINE: the agent loses its own connection at once; the bound allows for the
   * central timeout plus the time the broker takes to exit.
   */
  private static final Duration OFFLINE_BOUND = CENTRAL_TIMEOUT.plusSeconds(2);

  /**
   * Broker back → ONLINE: the agent reconnects within its 1 s maximum backoff, central within its 5
   * s maximum (±25 % jitter), then central announces itself and the agent hears it.
   */
  private static final Duration ONLINE_BOUND = Duration.ofSeconds(10);

  private static final String OVER_CAP = "250.00";
  private static final String AT_CAP = "200.00";
  private static final String CAP_RULE = "policy.cash.offline-per-return-cap";

  private final AtomicInteger sales = new AtomicInteger();
  private final List<ReturnId> accepted = new ArrayList<>();
  private Rig rig;
  private Agent agent;

  @BeforeEach
  void start(TestInfo info) {
    rig = Rig.start(info);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void decisions_follow_upstream_mode_when_broker_goes_off_and_on() {
    rig.central(
        rig.centralConfig("central-1")
            .with("rebound.central.heartbeat-interval", CENTRAL_HEARTBEAT));
    AppConfig config =
        rig.agentConfig("store-modes")
            .with("rebound.upstream.central-timeout", CENTRAL_TIMEOUT.toSeconds() + "s");
    agent = rig.agent(config);
    UpstreamModes.awaitMode(agent, "ONLINE", Duration.ofSeconds(30), System.nanoTime());

    AcceptedReturn onlineCash = post(cash(OVER_CAP));
    assertThat(onlineCash.mode()).isEqualTo("ONLINE");
    assertThat(onlineCash.refundStatus()).as(onlineCash.body()).isEqualTo("ISSUED");
    assertThat(onlineCash.effects()).as(onlineCash.body()).doesNotContainKey(CAP_RULE);

    long brokerStopped = System.nanoTime();
    rig.broker.stop();
    Duration toOffline = UpstreamModes.awaitMode(agent, "OFFLINE", OFFLINE_BOUND, brokerStopped);
    System.out.printf("broker stopped -> mode OFFLINE after %d ms%n", toOffline.toMillis());
    assertThat(toOffline).isLessThanOrEqualTo(OFFLINE_BOUND);

    AcceptedReturn overCap = post(cash(OVER_CAP));
    assertThat(overCap.mode()).isEqualTo("OFFLINE");
    assertThat(overCap.status()).as(overCap.body()).isEqualTo("PENDING_APPROVAL");
    assertThat(overCap.refundStatus()).as(overCap.body()).isEqualTo("PENDING_APPROVAL");
    assertThat(overCap.effects()).as(overCap.body()).containsEntry(CAP_RULE, "REQUIRE_APPROVAL");

    AcceptedReturn atCap = post(cash(AT_CAP));
    assertThat(atCap.mode()).isEqualTo("OFFLINE");
    assertThat(atCap.refundStatus()).as(atCap.body()).isEqualTo("ISSUED");
    assertThat(atCap.effects()).as(atCap.body()).containsEntry(CAP_RULE, "ACCEPT");

    AcceptedReturn card = post(ReturnBodies.json(ReturnBodies.cardReturn(sales.incrementAndGet())));
    assertThat(card.mode()).isEqualTo("OFFLINE");
    assertThat(card.refundMethod()).as(card.body()).isEqualTo("CARD");
    assertThat(card.refundStatus()).as(card.body()).isEqualTo("DEFERRED");
    assertThat(card.effects()).as(card.body()).containsEntry("policy.card.deferred", "DEFER");

    // central's last retained heartbeat must be stale when the broker is back, so that ONLINE
    // below means central really announced itself again
    await("the agent stays OFFLINE while the broker is down")
        .during(CENTRAL_TIMEOUT.plusSeconds(1))
        .atMost(CENTRAL_TIMEOUT.plusSeconds(5))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> agent.status().mode(), "OFFLINE"::equals);
    rig.broker.restart();
    long brokerBack = System.nanoTime();
    Duration toOnline = UpstreamModes.awaitMode(agent, "ONLINE", ONLINE_BOUND, brokerBack);
    System.out.printf("broker started -> mode ONLINE after %d ms%n", toOnline.toMillis());
    assertThat(toOnline).isLessThanOrEqualTo(ONLINE_BOUND);

    AcceptedReturn backOnline = post(cash(OVER_CAP));
    assertThat(backOnline.mode()).isEqualTo("ONLINE");
    assertThat(backOnline.refundStatus()).as(backOnline.body()).isEqualTo("ISSUED");
    assertThat(backOnline.effects()).as(backOnline.body()).doesNotContainKey(CAP_RULE);

    await("every accepted return at central exactly once")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(() -> rig.centralDb.notExactlyOnce(accepted).isEmpty());
    assertThat(accepted).hasSize(5).doesNotHaveDuplicates();
    assertThat(rig.centralDb.sequences(agent.storeId())).isEqualTo(Sequences.oneTo(5));
  }

  private String cash(String amount) {
    return ReturnBodies.json(ReturnBodies.cashReturn(sales.incrementAndGet(), amount));
  }

  private AcceptedReturn post(String body) {
    AcceptedReturn r = AcceptedReturn.of(agent.pos().post("modes-" + sales.get(), body));
    accepted.add(r.returnId());
    return r;
  }
}
