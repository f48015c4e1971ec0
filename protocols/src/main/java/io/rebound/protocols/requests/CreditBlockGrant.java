package io.rebound.protocols.requests;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.CreditBlockId;
import io.rebound.protocols.ids.RequestId;
import java.time.Instant;

/**
 * Central → edge on the response topic of a {@link CreditBlockRequest}, with its correlation data:
 * the store may issue the store-credit numbers {@code firstNumber..lastNumber} (inclusive). Ranges
 * are allocated from one PostgreSQL sequence, so no two blocks overlap anywhere in the fleet.
 * Guarantees: every component set; {@code 1 <= firstNumber <= lastNumber} (rule {@code
 * first-not-after-last}).
 */
public record CreditBlockGrant(
    RequestId requestId,
    CreditBlockId blockId,
    long firstNumber,
    long lastNumber,
    Instant grantedAt) {
  public CreditBlockGrant {
    Checks.required(requestId, "requestId");
    Checks.required(blockId, "blockId");
    Checks.required(grantedAt, "grantedAt");
    if (firstNumber < 1) {
      throw new InvalidMessageException("firstNumber", "range", "must be at least 1");
    }
    if (lastNumber < firstNumber) {
      throw new InvalidMessageException(
          "lastNumber", "first-not-after-last", "must not be below firstNumber");
    }
  }

  /** How many numbers the block holds. */
  public long size() {
    return lastNumber - firstNumber + 1;
  }

  /** A validated grant. */
  public static CreditBlockGrant of(
      RequestId requestId,
      CreditBlockId blockId,
      long firstNumber,
      long lastNumber,
      Instant grantedAt) {
    return new CreditBlockGrant(requestId, blockId, firstNumber, lastNumber, grantedAt);
  }
}
