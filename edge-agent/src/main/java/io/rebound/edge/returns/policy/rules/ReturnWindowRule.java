package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.Overridable;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.ReturnLine;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A receipted line may be returned until {@code window} days after the sale day, both days taken in
 * the store's time zone (30 days: sold on the 1st, returnable through the 31st). Outside it the
 * return is rejected; a manager override is the seam for later ({@link Overridable#BY_MANAGER}).
 */
public final class ReturnWindowRule implements PolicyRule {
  public static final String ID = "policy.window.return-window";

  private final StorePolicy policy;

  public ReturnWindowRule(StorePolicy policy) {
    this.policy = policy;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (!c.request().receipted()) {
      return RuleOutcome.pass();
    }
    LocalDate sold = LocalDate.ofInstant(c.request().originalSale().soldAt(), policy.zone());
    LocalDate today = c.storeDay(policy.zone());
    List<ReturnLine> lines = c.request().lines();
    for (int i = 0; i < lines.size(); i++) {
      int days = policy.returnWindow().daysFor(lines.get(i).category());
      if (today.isAfter(sold.plusDays(days))) {
        return RuleOutcome.reject(
            ID,
            "originalSale.soldAt",
            Overridable.BY_MANAGER,
            expired(lines, i, sold, today, days));
      }
    }
    return RuleOutcome.pass();
  }

  private static String expired(
      List<ReturnLine> lines, int i, LocalDate sold, LocalDate today, int days) {
    String category = lines.get(i).category();
    return "Sold on "
        + sold
        + ", "
        + ChronoUnit.DAYS.between(sold, today)
        + " days ago: "
        + lines.get(i).sku()
        + " is outside the "
        + days
        + "-day return window"
        + (category == null ? "" : " for " + category)
        + ". A manager may override.";
  }
}
