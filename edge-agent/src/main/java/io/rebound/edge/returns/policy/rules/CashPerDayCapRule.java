package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.RefundMethod;

/**
 * PAYMENT_DEGRADED / OFFLINE: cash paid out while not ONLINE, per store and store day, stays within
 * {@code offline.cashPerStorePerDayCap} (reaching it exactly is allowed). Beyond it a manager must
 * approve, or the customer takes store credit. The day's sum comes from the ledger inside the
 * accept transaction, so concurrent requests cannot overspend it.
 */
public final class CashPerDayCapRule implements PolicyRule {
  public static final String ID = "policy.cash.offline-per-day-cap";

  private final StorePolicy policy;
  private final Money cap;

  public CashPerDayCapRule(StorePolicy policy) {
    this.policy = policy;
    this.cap = policy.offline().cashPerStorePerDayCap();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (method != RefundMethod.CASH) {
      return RuleOutcome.pass();
    }
    Money paid = ledger.offlineCashIssued(c.storeDay(policy.zone()), cap.currency());
    Money after = paid.plus(c.request().total());
    if (after.compareTo(cap) <= 0) {
      return RuleOutcome.allow(
          ID, "Offline cash paid today, this refund included: " + after + " of " + cap + ".");
    }
    return RuleOutcome.approval(
        ID,
        "Offline cash today would reach "
            + after
            + ", beyond the store's daily cap of "
            + cap
            + " ("
            + paid
            + " already paid): a manager must approve, or the customer may take store credit.");
  }
}
