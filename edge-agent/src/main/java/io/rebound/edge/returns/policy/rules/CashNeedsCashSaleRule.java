package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.RefundMethods;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.TenderType;

/** Cash goes back only for sales paid (partly) in cash; otherwise to the original tender. */
public final class CashNeedsCashSaleRule implements PolicyRule {
  public static final String ID = "policy.refund.cash-needs-cash-sale";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (method != RefundMethod.CASH || !c.request().receipted()) {
      return RuleOutcome.pass();
    }
    boolean paidInCash =
        c.request().originalSale().tenders().stream().anyMatch(t -> t.type() == TenderType.CASH);
    if (paidInCash) {
      return RuleOutcome.pass();
    }
    RefundMethod original = RefundMethods.originalTender(c.request());
    return RuleOutcome.route(
        original,
        ID,
        "Cash refunds are only for sales paid in cash; refunding to the original "
            + RefundMethods.describe(original)
            + " instead.");
  }
}
