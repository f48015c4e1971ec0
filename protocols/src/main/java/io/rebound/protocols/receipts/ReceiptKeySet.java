package io.rebound.protocols.receipts;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public keys that verify receipt tokens, versioned by central (each rotation increases the
 * version; a store replaces its whole set only by a newer one). Version 0 with no keys is what a
 * store has before central sent any. Guarantees: version 0..{@value Integer#MAX_VALUE}; at most
 * {@value #MAX_KEYS} keys with distinct kids (rule {@code unique-kid}), unmodifiable.
 */
public record ReceiptKeySet(int version, List<ReceiptKey> keys) {
  /** Upper bound on keys in one set (old keys stay valid for verification). */
  public static final int MAX_KEYS = 64;

  public ReceiptKeySet {
    if (version < 0) {
      throw new InvalidMessageException("version", "range", "must not be negative");
    }
    Checks.required(keys, "keys");
    if (keys.size() > MAX_KEYS) {
      throw new InvalidMessageException(
          "keys", "max-items", "must contain at most " + MAX_KEYS + " items");
    }
    Set<String> kids = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      ReceiptKey key = Checks.required(keys.get(i), "keys[" + i + "]");
      if (!kids.add(key.kid())) {
        throw new InvalidMessageException(
            "keys[" + i + "].kid", "unique-kid", "repeats kid '" + key.kid() + "'");
      }
    }
    keys = List.copyOf(keys);
  }

  /** A validated key set. */
  public static ReceiptKeySet of(int version, List<ReceiptKey> keys) {
    return new ReceiptKeySet(version, keys);
  }

  /** The empty set, version 0: every token is then of an unknown key. */
  public static ReceiptKeySet empty() {
    return new ReceiptKeySet(0, List.of());
  }

  /** The key of {@code kid}, if this set has it. */
  public Optional<ReceiptKey> find(String kid) {
    return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
  }
}
