package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.Overridable;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;

/** A return without a receipt needs the customer's id (for the per-customer daily limit). */
public final class CustomerIdRequiredRule implements PolicyRule {
  public static final String ID = "policy.no-receipt.id-required";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (c.request().receipted() || c.request().customer() != null) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.reject(
        ID,
        "customer.customerId",
        Overridable.FINAL,
        "A return without a receipt needs the customer's ID: ask for it and send"
            + " customer.customerId.");
  }
}
