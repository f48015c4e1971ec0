package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.BurstResult;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/** Central dies while a store's backlog drains into it. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CentralCrashTest {
  private static final int BACKLOG = 3000;

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
  void central_killed_mid_stream_stores_every_return_exactly_once_after_restart() {
    Agent agent = rig.agent("store-backlog");
    BurstResult backlog =
        agent.pos().run(BACKLOG, 32, "backlog", i -> ReturnBodies.json(ReturnBodies.cardReturn(i)));
    assertThat(backlog.accepted()).as(backlog.sampleFailures()).hasSize(BACKLOG);
    List<ReturnId> accepted = backlog.acceptedReturnIds();

    Central central = rig.central("central-1");
    await("central is draining the backlog")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .ignoreExceptions()
        .until(() -> rig.centralDb.count("ingested_events"), n -> n >= 100);
    central.app().kill9();
    long beforeKill = rig.centralDb.count("ingested_events");
    assertThat(beforeKill).as("killed mid-stream").isLessThan(BACKLOG);

    central.app().restart();
    await("every return at central exactly once")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> rig.centralDb.notExactlyOnce(accepted).isEmpty());
    assertThat(rig.centralDb.duplicateEventIds()).isZero();
    assertThat(rig.centralDb.sequences(agent.storeId())).isEqualTo(Sequences.oneTo(BACKLOG));
    await("outbox drained")
        .atMost(Duration.ofSeconds(30))
        .until(() -> agent.status().outboxDepth(), d -> d == 0);
  }
}
