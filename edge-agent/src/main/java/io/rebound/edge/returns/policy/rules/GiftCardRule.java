package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;

/** Gift card balances live centrally: the reload is deferred to central in every mode. */
public final class GiftCardRule implements PolicyRule {
  public static final String ID = "policy.gift-card.via-central";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (method != RefundMethod.GIFT_CARD) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.defer(
        ID, "Central reloads the original gift card with " + c.request().total() + ".");
  }
}
