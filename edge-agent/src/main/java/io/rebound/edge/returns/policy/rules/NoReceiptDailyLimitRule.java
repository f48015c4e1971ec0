package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.Overridable;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.returns.RefundMethod;

/**
 * At most {@code noReceipt.perCustomerPerDay} no-receipt returns per customer and store day,
 * counted in this store's local history (in every mode: central's velocity check can only be
 * stricter).
 */
public final class NoReceiptDailyLimitRule implements PolicyRule {
  public static final String ID = "policy.no-receipt.customer-daily-limit";

  private final StorePolicy policy;

  public NoReceiptDailyLimitRule(StorePolicy policy) {
    this.policy = policy;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    if (c.request().receipted() || c.request().customer() == null) {
      return RuleOutcome.pass();
    }
    String customer = c.request().customer().customerId();
    int limit = policy.noReceipt().perCustomerPerDay();
    int today = ledger.noReceiptReturns(customer, c.storeDay(policy.zone()));
    if (today < limit) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.reject(
        ID,
        "customer.customerId",
        Overridable.FINAL,
        "Customer "
            + customer
            + " already made "
            + today
            + " return(s) without a receipt today; the limit is "
            + limit
            + " per day at this store.");
  }
}
