package io.rebound.edge.credit;

import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.ids.CreditBlockId;
import io.rebound.protocols.ids.RequestId;
import io.rebound.protocols.requests.CreditBlockGrant;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test helper: stores a block of store-credit numbers as if central had granted it, for tests of an
 * agent without a central (ranges never repeat within a JVM).
 */
public final class CreditStock {
  private static final AtomicLong NEXT = new AtomicLong(900_000_000L);

  private CreditStock() {}

  /** Stores a new block of {@code size} numbers through the agent's write lane. */
  public static CreditBlockGrant seed(WriteLane lane, int size) {
    long first = NEXT.getAndAdd(size);
    Clock clock = Clock.systemUTC();
    CreditBlockGrant grant =
        CreditBlockGrant.of(
            RequestId.mint(clock),
            CreditBlockId.mint(clock),
            first,
            first + size - 1,
            Instant.now());
    lane.submit(c -> CreditBlocks.record(c, grant)).join();
    return grant;
  }
}
