package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;

/** Without a receipt the refund is store credit, whatever the customer asked for. */
public final class NoReceiptStoreCreditRule implements PolicyRule {
  public static final String ID = "policy.no-receipt.store-credit-only";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (c.request().receipted() || method == RefundMethod.STORE_CREDIT) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.route(
        RefundMethod.STORE_CREDIT, ID, "Without a receipt the refund is store credit only.");
  }
}
