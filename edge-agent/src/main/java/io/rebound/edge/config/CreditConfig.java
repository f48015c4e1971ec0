package io.rebound.edge.config;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Store-credit numbers reserved from central in blocks ({@code rebound.credit.*}). */
public interface CreditConfig {
  /**
   * While connected, a new block is requested as soon as fewer than this many numbers remain (also
   * checked at startup and on every connect).
   */
  @WithDefault("50")
  int lowWater();

  /** Numbers per requested block (1–10000). */
  @WithDefault("200")
  int blockSize();

  /** After a block request got no answer, the next attempt waits this long. */
  @WithDefault("10s")
  Duration retryInterval();
}
