package io.rebound.edge.returns.policy;

import io.rebound.protocols.money.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an accepted return adds to the local ledger, in the same transaction: offline cash paid out
 * (on {@code storeDay}), a no-receipt return of a customer, and the returned quantity per sale
 * line.
 */
public record LedgerEntries(
    LocalDate storeDay,
    Optional<Money> offlineCash,
    Optional<String> noReceiptCustomer,
    Map<SaleLineKey, Integer> saleLines) {
  public LedgerEntries {
    Objects.requireNonNull(storeDay, "storeDay");
    Objects.requireNonNull(offlineCash, "offlineCash");
    Objects.requireNonNull(noReceiptCustomer, "noReceiptCustomer");
    saleLines = Map.copyOf(saleLines);
  }
}
