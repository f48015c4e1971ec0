package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.BurstResult;
import io.rebound.e2e.harness.Latencies;
import io.rebound.e2e.harness.PosClient;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/** Upstream down: the store keeps serving; when the broker is back, everything arrives once. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class UpstreamOutageTest {
  private static final int TERMINALS = 16;
  private static final int WARMUP = 300;
  private static final int MEASURED = 600;

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
  void agent_keeps_accepting_while_broker_is_down_and_central_gets_every_return_once_in_order()
      throws Exception {
    rig.central("central-1");
    Agent agent = rig.agent("store-outage");
    PosClient pos = agent.pos();
    List<ReturnId> accepted = new ArrayList<>();

    BurstResult warmup = pos.run(WARMUP, TERMINALS, "warm", i -> body(i));
    assertThat(warmup.accepted()).as(warmup.sampleFailures()).hasSize(WARMUP);
    accepted.addAll(warmup.acceptedReturnIds());

    BurstResult online = pos.run(MEASURED, TERMINALS, "online", i -> body(10_000 + i));
    assertThat(online.accepted()).as(online.sampleFailures()).hasSize(MEASURED);
    accepted.addAll(online.acceptedReturnIds());

    rig.broker.stop();
    await("agent notices the broker is gone")
        .atMost(Duration.ofSeconds(30))
        .until(() -> agent.status().mode(), "OFFLINE"::equals);

    BurstResult offline = pos.run(MEASURED, TERMINALS, "offline", i -> body(20_000 + i));
    assertThat(offline.accepted()).as(offline.sampleFailures()).hasSize(MEASURED);
    assertThat(offline.accepted())
        .extracting(r -> r.json().orElseThrow().path("mode").asText())
        .containsOnly("OFFLINE");
    accepted.addAll(offline.acceptedReturnIds());
    await("the offline returns wait in the outbox")
        .atMost(Duration.ofSeconds(5))
        .until(() -> agent.status().outboxDepth(), d -> d >= MEASURED);

    Latencies on = online.acceptedLatencies();
    Latencies off = offline.acceptedLatencies();
    long allowedNanos = Math.max(2 * on.p99().toNanos(), on.p99().plusMillis(20).toNanos());
    assertThat(off.p99().toNanos())
        .as("offline %s vs online %s", off, on)
        .isLessThanOrEqualTo(allowedNanos);

    rig.broker.restart();
    int total = WARMUP + 2 * MEASURED;
    await("every accepted return at central exactly once")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> rig.centralDb.notExactlyOnce(accepted).isEmpty());
    assertThat(rig.centralDb.sequences(agent.storeId())).isEqualTo(Sequences.oneTo(total));
    await("outbox drained")
        .atMost(Duration.ofSeconds(30))
        .until(() -> agent.status().outboxDepth(), d -> d == 0);
    assertThat(agent.syncState(accepted.get(accepted.size() - 1))).isEqualTo("SYNCED");
  }

  private static String body(int i) {
    return ReturnBodies.json(ReturnBodies.cardReturn(i));
  }
}
