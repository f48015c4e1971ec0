package io.rebound.protocols.ids;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks shared by the version-7 UUID ids that name their field in every rule they break. */
final class V7Uuids {
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private V7Uuids() {}

  /** {@code value} is present and a version-7, RFC-variant UUID (rules required, uuid-v7). */
  static UUID check(UUID value, String field) {
    Checks.required(value, field);
    if (value.version() != 7 || value.variant() != 2) {
      throw new InvalidMessageException(
          field, "uuid-v7", "must be a time-ordered (RFC 9562 version 7) UUID");
    }
    return value;
  }

  /** Parses the canonical 8-4-4-4-12 form (rules format, uuid-v7). */
  static UUID parse(String text, String field) {
    Checks.matches(text, field, CANONICAL, "a UUID in canonical text form");
    UUID value;
    try {
      value = UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException(field, "uuid", "must be a UUID");
    }
    return check(value, field);
  }
}
