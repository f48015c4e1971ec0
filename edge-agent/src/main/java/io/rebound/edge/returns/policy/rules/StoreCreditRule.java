package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;

/**
 * Store credit is issued at the counter in every mode, under a number from a block reserved from
 * central (the accept task takes it in the same transaction; the refund's reference is {@code
 * SC-…}). No number left → refund {@code DEFERRED} (rule {@value #NO_NUMBER}): the credit is issued
 * once a block arrives.
 */
public final class StoreCreditRule implements PolicyRule {
  public static final String ID = "policy.store-credit.issued";

  /** No store-credit number left to issue: the refund waits for a block from central. */
  public static final String NO_NUMBER = "policy.store-credit.no-number-available";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (method != RefundMethod.STORE_CREDIT) {
      return RuleOutcome.pass();
    }
    if (!ledger.storeCreditNumberAvailable()) {
      return RuleOutcome.settle(
          RefundStatus.DEFERRED,
          NO_NUMBER,
          DecisionEffect.DEFER,
          "No store-credit number is available at this store right now: the store credit of "
              + c.request().total()
              + " is recorded and issued as soon as the store gets new numbers from central.");
    }
    return RuleOutcome.allow(ID, "Refund as store credit: " + c.request().total() + ".");
  }
}
