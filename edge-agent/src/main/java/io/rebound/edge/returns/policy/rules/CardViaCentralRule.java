package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;

/**
 * ONLINE card refund: central refunds the original card. For now the refund is {@code DEFERRED} and
 * central completes it from the synced event. Seam: the synchronous MQTT request/response (answer
 * within ~3 s, else fall back) belongs before the accept task, outside the write lane; its answer
 * then becomes part of the {@code ReturnCase} and this rule turns it into {@code APPROVED}, or
 * falls back to the degraded rule on no answer.
 */
public final class CardViaCentralRule implements PolicyRule {
  public static final String ID = "policy.card.refund-via-central";

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
        "Central refunds "
            + c.request().total()
            + " to the original card; the customer sees it on the card within a few days.");
  }
}
