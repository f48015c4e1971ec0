package io.rebound.edge.returns.policy;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger as plain values, for the pure rule tests (the SQLite ledger has its own tests). Only
 * the store day of {@link TestReturn#NOW} has history.
 */
final class MemoryLedger implements PolicyLedger {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private Money cashToday;
  private final Map<String, Integer> noReceiptToday = new HashMap<>();
  private final Map<SaleLineKey, PriorReturn> saleLines = new HashMap<>();

  static MemoryLedger empty() {
    return new MemoryLedger();
  }

  MemoryLedger cashPaidToday(Money cash) {
    cashToday = cash;
    return this;
  }

  MemoryLedger noReceiptToday(String customer, int count) {
    noReceiptToday.put(customer, count);
    return this;
  }

  MemoryLedger returned(SaleLineKey key, int quantity) {
    saleLines.put(key, new PriorReturn(ReturnId.mint(Clock.systemUTC()), quantity));
    return this;
  }

  @Override
  public Money offlineCashIssued(LocalDate storeDay, Currency currency) {
    return storeDay.equals(TODAY) && cashToday != null ? cashToday : Money.zero(currency);
  }

  @Override
  public int noReceiptReturns(String customerId, LocalDate storeDay) {
    return storeDay.equals(TODAY) ? noReceiptToday.getOrDefault(customerId, 0) : 0;
  }

  @Override
  public Optional<PriorReturn> priorReturn(SaleLineKey line) {
    return Optional.ofNullable(saleLines.get(line));
  }
}
