package io.rebound.protocols.ids;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies one command central sends to a store (for logs and tracing; idempotency comes from the
 * versions the command carries). A time-ordered (version 7) UUID, canonical lower-case text form.
 */
public record CommandId(UUID value) {
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public CommandId {
    Checks.required(value, "commandId");
    if (value.version() != 7 || value.variant() != 2) {
      throw new InvalidMessageException(
          "commandId", "uuid-v7", "must be a time-ordered (RFC 9562 version 7) UUID");
    }
  }

  /** Mints a new id at the current time of {@code clock}. */
  public static CommandId mint(Clock clock) {
    return new CommandId(TimeOrderedUuid.next(clock));
  }

  /** Parses the canonical text form, naming the field on failure. */
  public static CommandId parse(String text) {
    Checks.matches(text, "commandId", CANONICAL, "a UUID in canonical text form");
    return new CommandId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
