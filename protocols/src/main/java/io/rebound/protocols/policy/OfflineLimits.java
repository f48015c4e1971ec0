package io.rebound.protocols.policy;

import io.rebound.protocols.Checks;
import io.rebound.protocols.money.Money;
import java.time.Duration;

/**
 * Limits while upstream is degraded or unreachable. {@code maxDurationHours}: once the agent has
 * been offline longer, refunds are store credit only. Cash refunds above {@code cashPerReturnCap}
 * per return, or beyond {@code cashPerStorePerDayCap} of offline cash per store and local day, need
 * a manager's approval. Guarantees: hours are 1..{@value #MAX_HOURS}; both caps are set.
 */
public record OfflineLimits(
    int maxDurationHours, Money cashPerReturnCap, Money cashPerStorePerDayCap) {
  /** Upper bound on the offline duration limit: one year. */
  public static final int MAX_HOURS = 8_760;

  public OfflineLimits {
    PolicyChecks.range(maxDurationHours, "maxDurationHours", 1, MAX_HOURS);
    Checks.required(cashPerReturnCap, "cashPerReturnCap");
    Checks.required(cashPerStorePerDayCap, "cashPerStorePerDayCap");
  }

  /** Validated offline limits. */
  public static OfflineLimits of(
      int maxDurationHours, Money cashPerReturnCap, Money cashPerStorePerDayCap) {
    return new OfflineLimits(maxDurationHours, cashPerReturnCap, cashPerStorePerDayCap);
  }

  /** {@link #maxDurationHours()} as a duration. */
  public Duration maxDuration() {
    return Duration.ofHours(maxDurationHours);
  }
}
