package io.rebound.edge.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The store manager's screen at {@code /ui/} and its pending queue ({@code rebound.ui.*}). */
public interface UiConfig {
  /**
   * An outbox event not acknowledged by central after this many publishes (counted since the agent
   * started) is shown as BLOCKED in the pending queue, with a retry action.
   */
  @WithDefault("5")
  int blockedAfterAttempts();

  /** Rows of each pending-queue list sent to the screen (the totals always count every row). */
  @WithDefault("200")
  int pendingLimit();

  /** Comment line sent on an idle {@code /api/v1/pending/stream} so proxies keep it open. */
  @WithDefault("15s")
  Duration streamHeartbeat();

  /** Commits within this interval are folded into one pending-queue snapshot on the stream. */
  @WithDefault("250ms")
  Duration streamMinInterval();
}
