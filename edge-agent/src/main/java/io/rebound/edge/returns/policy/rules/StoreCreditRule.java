package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;

/**
 * Store credit is issued at the counter in every mode. Seam: the credit number (from a block
 * reserved from central while online) is a later issue; the refund carries no reference yet.
 */
public final class StoreCreditRule implements PolicyRule {
  public static final String ID = "policy.store-credit.issued";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (method != RefundMethod.STORE_CREDIT) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.allow(ID, "Refund as store credit: " + c.request().total() + ".");
  }
}
