package io.rebound.protocols.ids;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies one event in a store's outbox; the idempotency key of ingest at central. A
 * time-ordered (version 7) UUID.
 *
 * <p>Guarantees: RFC 9562 version 7 and variant; text form is the canonical lower-case 8-4-4-4-12
 * form, and {@link #parse} accepts only that form (either case), rule {@code format} otherwise and
 * {@code uuid-v7} for another version.
 */
public record EventId(UUID value) {
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public EventId {
    Checks.required(value, "eventId");
    if (value.version() != 7 || value.variant() != 2) {
      throw new InvalidMessageException(
          "eventId", "uuid-v7", "must be a time-ordered (RFC 9562 version 7) UUID");
    }
  }

  /** Mints a new id at the current time of {@code clock}. */
  public static EventId mint(Clock clock) {
    return new EventId(TimeOrderedUuid.next(clock));
  }

  /** Parses the canonical text form, naming the field on failure. */
  public static EventId parse(String text) {
    Checks.matches(text, "eventId", CANONICAL, "a UUID in canonical text form");
    try {
      return new EventId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      if (e instanceof InvalidMessageException ime) {
        throw ime;
      }
      throw new InvalidMessageException("eventId", "uuid", "must be a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
