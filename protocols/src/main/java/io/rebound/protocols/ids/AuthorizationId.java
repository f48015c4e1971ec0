package io.rebound.protocols.ids;

import java.time.Clock;
import java.util.UUID;

/**
 * Identifies one refund authorization decided by central (APPROVED or DECLINED), minted by central.
 * A time-ordered (version 7) UUID.
 *
 * <p>Guarantees: RFC 9562 version 7 and variant; text form is the canonical lower-case 8-4-4-4-12
 * form, and {@link #parse} accepts only that form (either case), rule {@code format} otherwise and
 * {@code uuid-v7} for another version.
 */
public record AuthorizationId(UUID value) {
  public AuthorizationId {
    V7Uuids.check(value, "authorizationId");
  }

  /** Mints a new id at the current time of {@code clock}. */
  public static AuthorizationId mint(Clock clock) {
    return new AuthorizationId(TimeOrderedUuid.next(clock));
  }

  /** Parses the canonical text form, naming the field on failure. */
  public static AuthorizationId parse(String text) {
    return new AuthorizationId(V7Uuids.parse(text, "authorizationId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
