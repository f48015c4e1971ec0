package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;

/** ONLINE cash refund: paid out now, no offline cap. */
public final class CashOnlineRule implements PolicyRule {
  public static final String ID = "policy.cash.online";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (method != RefundMethod.CASH) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.allow(ID, "Pay " + c.request().total() + " in cash now.");
  }
}
