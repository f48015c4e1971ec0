package io.rebound.edge.returns.policy;

import io.rebound.protocols.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The local history the rules read: offline cash paid out per store day, no-receipt returns per
 * customer and day, returned quantities per sale line. The accept path backs it with the write
 * connection inside the accept task, so the single writer sees every earlier return, committed or
 * in the same group commit, and no two requests can both spend the same cap.
 */
public interface PolicyLedger {
  /** Cash issued while not ONLINE on {@code storeDay}, in {@code currency} (zero if none). */
  Money offlineCashIssued(LocalDate storeDay, Currency currency);

  /** No-receipt returns stored for {@code customerId} on {@code storeDay}. */
  int noReceiptReturns(String customerId, LocalDate storeDay);

  /** Earlier returns of {@code line} at this store, if any. */
  Optional<PriorReturn> priorReturn(SaleLineKey line);

  /**
   * Whether a store-credit number is left to issue (the accept task then takes it in the same
   * transaction). Views without number blocks (tests of other rules) have one.
   */
  default boolean storeCreditNumberAvailable() {
    return true;
  }
}
