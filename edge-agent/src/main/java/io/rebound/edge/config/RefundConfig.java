package io.rebound.edge.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Refunds decided with central while ONLINE ({@code rebound.refund.*}). */
public interface RefundConfig {
  /**
   * How long an ONLINE card refund waits for central's authorization before the return falls back
   * to the degraded path (refund {@code DEFERRED}, rule {@code policy.card.central-no-answer}).
   */
  @WithDefault("3s")
  Duration centralTimeout();
}
