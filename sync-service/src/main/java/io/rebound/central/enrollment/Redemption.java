package io.rebound.central.enrollment;

import io.rebound.protocols.ids.StoreId;
import java.time.Instant;

/** What presenting an enrollment code achieved: a domain outcome, not an exception. */
public sealed interface Redemption {
  /** The code was valid and is now consumed. */
  record Accepted(StoreId store) implements Redemption {}

  /** No such code. */
  record Unknown() implements Redemption {}

  /** The code was used before. */
  record AlreadyUsed(Instant usedAt) implements Redemption {}

  /** The code expired unused. */
  record Expired(Instant expiredAt) implements Redemption {}
}
