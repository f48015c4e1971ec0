package io.rebound.e2e;

import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import java.time.Duration;

/**
 * Waits for the agent's upstream mode ({@code GET /api/v1/status}) and measures how long it took.
 */
final class UpstreamModes {
  private static final Duration POLL = Duration.ofMillis(50);

  private UpstreamModes() {}

  /**
   * Polls until the agent reports {@code mode}, failing after {@code bound} counted from {@code
   * sinceNanos} (a {@link System#nanoTime()} taken when the cause happened).
   *
   * @return the time from {@code sinceNanos} until the mode was seen
   */
  static Duration awaitMode(Agent agent, String mode, Duration bound, long sinceNanos) {
    Duration left = bound.minus(Duration.ofNanos(System.nanoTime() - sinceNanos));
    await(agent.storeId() + " reports mode " + mode + " within " + bound)
        .atMost(left.compareTo(POLL) > 0 ? left : POLL)
        .pollDelay(Duration.ZERO)
        .pollInterval(POLL)
        .ignoreExceptions()
        .until(() -> agent.status().mode(), mode::equals);
    return Duration.ofNanos(System.nanoTime() - sinceNanos);
  }
}
