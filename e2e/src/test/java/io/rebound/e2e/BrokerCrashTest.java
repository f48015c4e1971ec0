package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.BurstResult;
import io.rebound.e2e.harness.Central;
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

/** A PUBACK is not durability: the broker loses what it held in memory; the outbox does not. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class BrokerCrashTest {
  private static final int RETURNS = 50;

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
  void returns_lost_by_a_broker_kill_after_puback_still_reach_central() {
    Central central = rig.central("central-1");
    Agent agent = rig.agent("store-puback");
    List<ReturnId> accepted = new ArrayList<>();
    BurstResult first =
        agent.pos().run(1, 1, "first", i -> ReturnBodies.json(ReturnBodies.cardReturn(i)));
    accepted.addAll(first.acceptedReturnIds());
    await("the first return synced")
        .atMost(Duration.ofSeconds(60))
        .until(() -> agent.syncState(accepted.get(0)), "SYNCED"::equals);

    central.app().stop();
    double publishedBefore = agent.published();
    BurstResult burst =
        agent
            .pos()
            .run(RETURNS, 8, "unacked", i -> ReturnBodies.json(ReturnBodies.cardReturn(100 + i)));
    assertThat(burst.accepted()).as(burst.sampleFailures()).hasSize(RETURNS);
    accepted.addAll(burst.acceptedReturnIds());
    await("the agent published them all (PUBACKed)")
        .atMost(Duration.ofSeconds(30))
        .until(agent::published, n -> n >= publishedBefore + RETURNS);
    assertThat(rig.centralDb.count("returns")).isEqualTo(1);

    rig.broker.kill9();
    rig.broker.restart();
    central.app().restart();

    await("every return at central exactly once")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> rig.centralDb.notExactlyOnce(accepted).isEmpty());
    assertThat(rig.centralDb.sequences(agent.storeId())).isEqualTo(Sequences.oneTo(RETURNS + 1));
    await("outbox drained")
        .atMost(Duration.ofSeconds(30))
        .until(() -> agent.status().outboxDepth(), d -> d == 0);
  }
}
