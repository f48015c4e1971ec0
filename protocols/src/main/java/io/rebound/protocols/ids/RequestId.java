package io.rebound.protocols.ids;

import java.time.Clock;
import java.util.UUID;

/**
 * Identifies one edge → central request (e.g. a credit-block request), minted by the edge; central
 * answers a repeated id with the same result. A time-ordered (version 7) UUID.
 *
 * <p>Guarantees: RFC 9562 version 7 and variant; text form is the canonical lower-case 8-4-4-4-12
 * form, and {@link #parse} accepts only that form (either case), rule {@code format} otherwise and
 * {@code uuid-v7} for another version.
 */
public record RequestId(UUID value) {
  public RequestId {
    V7Uuids.check(value, "requestId");
  }

  /** Mints a new id at the current time of {@code clock}. */
  public static RequestId mint(Clock clock) {
    return new RequestId(TimeOrderedUuid.next(clock));
  }

  /** Parses the canonical text form, naming the field on failure. */
  public static RequestId parse(String text) {
    return new RequestId(V7Uuids.parse(text, "requestId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
