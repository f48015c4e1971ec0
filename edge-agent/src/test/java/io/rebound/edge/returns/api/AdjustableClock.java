package io.rebound.edge.returns.api;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The agent's clock in tests that need time to pass without sleeping: system time plus an offset
 * the test moves forward. Enabled only by {@link AdjustableClockProfile}.
 */
@Alternative
@Singleton
public class AdjustableClock extends Clock {
  private volatile Duration offset = Duration.ZERO;

  public void advance(Duration d) {
    offset = offset.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A view in {@code zone} that follows this clock's offset. */
  @Override
  public Clock withZone(ZoneId zone) {
    AdjustableClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
