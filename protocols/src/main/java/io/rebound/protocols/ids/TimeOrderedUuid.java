package io.rebound.protocols.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then random bits. Within one JVM the ids
 * are strictly increasing even inside one millisecond (a 12-bit counter fills {@code rand_a}), so
 * rows keyed by them insert in order.
 */
public final class TimeOrderedUuid {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static long lastMillis = -1;
  private static int counter;

  private TimeOrderedUuid() {}

  /** The next id at {@code clock}'s millisecond (or later, if ids of a later one were issued). */
  public static UUID next(Clock clock) {
    long millis;
    int seq;
    synchronized (TimeOrderedUuid.class) {
      millis = Math.max(clock.millis(), lastMillis);
      if (millis == lastMillis) {
        counter++;
        if (counter > 0xFFF) {
          millis++;
          counter = 0;
        }
      } else {
        counter = RANDOM.nextInt(0x400);
      }
      lastMillis = millis;
      seq = counter;
    }
    long msb = (millis << 16) | 0x7000L | seq;
    long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** The Unix millisecond timestamp embedded in a version 7 UUID. */
  public static long millisOf(UUID uuid) {
    if (uuid.version() != 7) {
      throw new IllegalArgumentException("not a version 7 UUID: " + uuid);
    }
    return uuid.getMostSignificantBits() >>> 16;
  }
}
