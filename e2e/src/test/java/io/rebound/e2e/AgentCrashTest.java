package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.AppConfig;
import io.rebound.e2e.harness.Burst;
import io.rebound.e2e.harness.BurstResult;
import io.rebound.e2e.harness.PostResult;
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

/** The agent JVM dies (SIGKILL or halt) while POS requests are in flight. */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AgentCrashTest {
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
  void every_acknowledged_return_survives_agent_kill_during_a_burst() {
    rig.central("central-1");
    Agent agent = rig.agent("store-kill");

    Burst burst =
        agent.pos().burst(600, 32, "burst", i -> ReturnBodies.json(ReturnBodies.cardReturn(i)));
    await("some returns acknowledged")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(5))
        .until(burst::acceptedSoFar, n -> n >= 150);
    agent.app().kill9();
    BurstResult result = burst.await(Duration.ofMinutes(2));

    List<ReturnId> acknowledged = result.acceptedReturnIds();
    assertThat(result.count(PostResult.Outcome.IO_ERROR))
        .as("the kill cut the burst short")
        .isPositive();
    assertThat(result.count(PostResult.Outcome.SERVER_ERROR)).isZero();
    assertThat(agent.db().integrityCheck()).isEqualTo("ok");
    assertThat(agent.db().returnIds()).containsAll(acknowledged);

    agent.app().restart();
    assertThat(agent.db().integrityCheck()).isEqualTo("ok");
    long stored = agent.db().count("returns");
    await("every acknowledged return at central exactly once")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> rig.centralDb.notExactlyOnce(acknowledged).isEmpty());
    await("every locally stored return at central, in sequence")
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(() -> rig.centralDb.sequences(agent.storeId()), s -> s.size() == stored);
    assertThat(rig.centralDb.sequences(agent.storeId())).isEqualTo(Sequences.oneTo(stored));
  }

  @Test
  void retry_after_a_crash_between_commit_and_reply_returns_the_original_return() {
    rig.central("central-1");
    String key = "crash-before-reply-1";
    AppConfig config = rig.agentConfig("store-halt").with(Agent.FAULT_HALT_AFTER_COMMIT_KEY, key);
    Agent agent = rig.agent(config);
    String body = ReturnBodies.PRODUCT_EXAMPLE;

    PostResult lost = agent.pos().post(key, body);
    assertThat(lost.outcome()).as(lost.body()).isEqualTo(PostResult.Outcome.IO_ERROR);
    agent.app().awaitExit(Duration.ofSeconds(30));
    List<ReturnId> committed = agent.db().returnIds();
    assertThat(committed).as("committed before the crash").hasSize(1);

    agent.app().restart(config.without(Agent.FAULT_HALT_AFTER_COMMIT_KEY));
    PostResult retry = agent.pos().post(key, body);
    PostResult again = agent.pos().post(key, body);

    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(retry.returnId()).isEqualTo(committed.get(0));
    assertThat(again.returnId()).isEqualTo(committed.get(0));
    assertThat(agent.db().count("returns")).isEqualTo(1);
    await("the return at central exactly once")
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(() -> rig.centralDb.returnCounts(committed).get(committed.get(0)), n -> n == 1);
    assertThat(rig.centralDb.count("returns")).isEqualTo(1);
  }
}
