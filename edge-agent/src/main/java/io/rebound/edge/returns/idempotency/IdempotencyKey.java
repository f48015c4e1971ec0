package io.rebound.edge.returns.idempotency;

import io.rebound.protocols.InvalidMessageException;

/** The POS's {@code Idempotency-Key} header: 1–255 printable ASCII characters. */
public record IdempotencyKey(String value) {
  public static final String HEADER = "Idempotency-Key";
  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    if (value == null || value.isEmpty()) {
      throw new InvalidMessageException(HEADER, "required", "header is required");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidMessageException(
          HEADER, "max-length", "must be at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch < 0x20 || ch > 0x7E) {
        throw new InvalidMessageException(
            HEADER, "printable", "must contain only printable ASCII characters");
      }
    }
    if (value.isBlank()) {
      throw new InvalidMessageException(HEADER, "not-blank", "must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
