package io.rebound.e2e;

import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.Central;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * The store sees central leave and come back through central's presence (retained status, OFFLINE
 * on shutdown and as last will): faster than the 15 s central timeout, so not by missed heartbeats.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CentralPresenceTest {
  /** Below the agent's default 15 s central timeout. */
  private static final Duration BY_REPORT = Duration.ofSeconds(10);

  private static final Duration RESTART = Duration.ofSeconds(90);

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
  void agent_goes_offline_when_central_stops_or_dies_and_online_when_it_is_back() {
    Central central = rig.central("central-1");
    Agent agent = rig.agent("store-presence");
    awaitMode(agent, "ONLINE", RESTART);

    central.app().stop(); // graceful: central publishes OFFLINE before disconnecting
    awaitMode(agent, "OFFLINE", BY_REPORT);

    central.app().restart();
    awaitMode(agent, "ONLINE", RESTART);

    central.app().kill9(); // the broker publishes central's OFFLINE last will
    awaitMode(agent, "OFFLINE", BY_REPORT);

    central.app().restart();
    awaitMode(agent, "ONLINE", RESTART);
  }

  private static void awaitMode(Agent agent, String mode, Duration within) {
    await("agent mode " + mode)
        .atMost(within)
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> agent.status().mode(), mode::equals);
  }
}
