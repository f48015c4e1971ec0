package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.RefundMethod;

/**
 * PAYMENT_DEGRADED / OFFLINE: cash up to {@code offline.cashPerReturnCap} per return (the cap
 * itself included); above it a manager must approve, or the customer takes store credit.
 */
public final class CashPerReturnCapRule implements PolicyRule {
  public static final String ID = "policy.cash.offline-per-return-cap";

  private final Money cap;

  public CashPerReturnCapRule(StorePolicy policy) {
    this.cap = policy.offline().cashPerReturnCap();
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
    Money total = c.request().total();
    if (total.compareTo(cap) <= 0) {
      return RuleOutcome.allow(
          ID, "Cash refund of " + total + " is within the offline cap of " + cap + " per return.");
    }
    return RuleOutcome.approval(
        ID,
        "Cash refund of "
            + total
            + " exceeds the offline cap of "
            + cap
            + " per return: a manager must approve, or the customer may take store credit.");
  }
}
