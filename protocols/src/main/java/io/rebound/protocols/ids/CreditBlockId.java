package io.rebound.protocols.ids;

import java.time.Clock;
import java.util.UUID;

/**
 * Identifies one block of store-credit numbers granted by central to a store, minted by central. A
 * time-ordered (version 7) UUID.
 *
 * <p>Guarantees: RFC 9562 version 7 and variant; text form is the canonical lower-case 8-4-4-4-12
 * form, and {@link #parse} accepts only that form (either case), rule {@code format} otherwise and
 * {@code uuid-v7} for another version.
 */
public record CreditBlockId(UUID value) {
  public CreditBlockId {
    V7Uuids.check(value, "blockId");
  }

  /** Mints a new id at the current time of {@code clock}. */
  public static CreditBlockId mint(Clock clock) {
    return new CreditBlockId(TimeOrderedUuid.next(clock));
  }

  /** Parses the canonical text form, naming the field on failure. */
  public static CreditBlockId parse(String text) {
    return new CreditBlockId(V7Uuids.parse(text, "blockId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
