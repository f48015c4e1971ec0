package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;

/**
 * PAYMENT_DEGRADED / OFFLINE card refund: queued until payments are back; the customer could have
 * chosen store credit now instead (refund preference {@code STORE_CREDIT}).
 */
public final class CardDeferredRule implements PolicyRule {
  public static final String ID = "policy.card.deferred";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (method != RefundMethod.CARD) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.defer(
        ID,
        "Card payments are unavailable ("
            + c.mode()
            + "): the card refund of "
            + c.request().total()
            + " is queued and completed when they are back. Store credit is available now"
            + " instead.");
  }
}
