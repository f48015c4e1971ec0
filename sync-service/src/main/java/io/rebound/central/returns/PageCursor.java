package io.rebound.central.returns;

import io.rebound.protocols.InvalidMessageException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Keyset position in the newest-first return list: the last row's acceptance time and id, written
 * as {@code <instant>_<uuid>} (opaque to clients: they pass {@code next} back as {@code after}).
 */
public record PageCursor(Instant acceptedAt, UUID returnId) {

  static PageCursor parse(String text) {
    int split = text.lastIndexOf('_');
    try {
      if (split <= 0) {
        throw new IllegalArgumentException("no separator");
      }
      return new PageCursor(
          Instant.parse(text.substring(0, split)), UUID.fromString(text.substring(split + 1)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InvalidMessageException(
          "after", "cursor", "must be the 'next' value of a previous page");
    }
  }

  @Override
  public String toString() {
    return acceptedAt + "_" + returnId;
  }
}
