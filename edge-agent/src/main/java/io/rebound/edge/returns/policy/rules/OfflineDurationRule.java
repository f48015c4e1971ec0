package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.UpstreamMode;
import java.time.Duration;

/**
 * Offline (central unreachable) for longer than {@code offline.maxDurationHours}: refunds are store
 * credit only. Exactly the limit is still within it. The offline duration counts from the last
 * moment the agent was known connected, across restarts.
 */
public final class OfflineDurationRule implements PolicyRule {
  public static final String ID = "policy.offline.max-duration";

  private final Duration max;

  public OfflineDurationRule(StorePolicy policy) {
    this.max = policy.offline().maxDuration();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (c.mode() != UpstreamMode.OFFLINE
        || c.offlineFor().compareTo(max) <= 0
        || method == RefundMethod.STORE_CREDIT) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.route(
        RefundMethod.STORE_CREDIT,
        ID,
        "The store has been offline for "
            + c.offlineFor().toHours()
            + " h, more than "
            + max.toHours()
            + " h: refunds are store credit only until it reconnects.");
  }
}
