package io.rebound.central.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Message authentication settings ({@code rebound.security.*}). */
public interface SecurityConfig {
  /**
   * Whether every event must carry a valid per-store signature ({@code rebound-signature} user
   * property, HMAC-SHA256 with the store's active key from {@code POST
   * /api/v1/stores/{storeId}/message-key}). Unsigned or wrongly signed events are dead-lettered
   * with rule {@code signature} and never acknowledged to the store. {@code false} accepts unsigned
   * events (signed ones are still verified) and logs a WARN at startup: development only.
   */
  @WithDefault("true")
  boolean requireSignatures();

  /**
   * How long this instance trusts its in-memory copy of the active keys before reading them again
   * (a key issued through another instance is known here at most this much later).
   */
  @WithDefault("10S")
  Duration keyCacheTtl();
}
