package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.RefundMethod;

/**
 * PAYMENT_DEGRADED / OFFLINE: store credit for a return without a receipt up to {@code
 * noReceipt.offlineStoreCreditCap} (the cap included); above it a manager must approve.
 */
public final class NoReceiptCapRule implements PolicyRule {
  public static final String ID = "policy.no-receipt.offline-store-credit-cap";

  private final Money cap;

  public NoReceiptCapRule(StorePolicy policy) {
    this.cap = policy.noReceipt().offlineStoreCreditCap();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (c.request().receipted()) {
      return RuleOutcome.pass();
    }
    Money total = c.request().total();
    if (total.compareTo(cap) <= 0) {
      return RuleOutcome.allow(
          ID, "No-receipt store credit of " + total + " is within the offline cap of " + cap + ".");
    }
    return RuleOutcome.approval(
        ID,
        "No-receipt store credit of "
            + total
            + " exceeds the offline cap of "
            + cap
            + ": a manager must approve.");
  }
}
