package io.rebound.central.reconciliation.engine;

import io.rebound.central.reconciliation.model.CurrencyTotals;
import io.rebound.protocols.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums a run's money per currency (exact decimals). */
final class Totals {
  private final Map<String, Money[]> byCurrency = new TreeMap<>();

  void expected(Money m) {
    add(m, 0);
  }

  void refunded(Money m) {
    add(m, 1);
  }

  void credited(Money m) {
    add(m, 2);
  }

  private void add(Money m, int side) {
    Money[] sums =
        byCurrency.computeIfAbsent(
            m.currency().getCurrencyCode(),
            code -> {
              Money zero = Money.zero(m.currency());
              return new Money[] {zero, zero, zero};
            });
    sums[side] = sums[side].plus(m);
  }

  List<CurrencyTotals> list() {
    List<CurrencyTotals> out = new ArrayList<>();
    byCurrency.forEach((code, s) -> out.add(new CurrencyTotals(code, s[0], s[1], s[2])));
    return out;
  }
}
