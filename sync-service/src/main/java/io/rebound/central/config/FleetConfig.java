package io.rebound.central.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The ops console's fleet view: live stream and backlog/lag history ({@code rebound.fleet.*}). */
public interface FleetConfig {
  /**
   * How often the live fleet stream ({@code GET /api/v1/stores/stream}) re-reads the fleet while
   * someone watches it, so a store whose last heartbeat ages past {@code
   * rebound.stores.offline-after} turns offline without any new message. A store therefore shows
   * offline at most {@code offline-after + recheck-interval} after its last sign of life.
   */
  @WithDefault("5S")
  Duration recheckInterval();

  /** Interval of the SSE comment ({@code : heartbeat}) that keeps idle streams and proxies open. */
  @WithDefault("15S")
  Duration heartbeatInterval();

  /**
   * Shortest time between two backlog/lag samples of one store ({@code store_metric_samples}):
   * statuses arriving faster are not sampled.
   */
  @WithDefault("30S")
  Duration sampleInterval();

  /** How long backlog/lag samples are kept. */
  @WithDefault("7D")
  Duration sampleRetention();
}
