package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.Overridable;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.returns.RefundMethod;
import java.util.Currency;

/** The store refunds in its policy currency only: caps and cash drawers are in it. */
public final class StoreCurrencyRule implements PolicyRule {
  public static final String ID = "policy.currency.store-currency";

  private final Currency currency;

  public StoreCurrencyRule(Currency currency) {
    this.currency = currency;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    Currency asked = c.request().currency();
    if (asked.equals(currency)) {
      return RuleOutcome.pass();
    }
    return RuleOutcome.reject(
        ID,
        "lines[0].unitPrice.currency",
        Overridable.FINAL,
        "This store refunds in "
            + currency.getCurrencyCode()
            + " only; the return is in "
            + asked.getCurrencyCode()
            + ".");
  }
}
