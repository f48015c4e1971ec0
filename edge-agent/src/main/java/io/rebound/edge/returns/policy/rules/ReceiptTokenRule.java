package io.rebound.edge.returns.policy.rules;

import io.rebound.edge.returns.policy.Overridable;
import io.rebound.edge.returns.policy.PolicyLedger;
import io.rebound.edge.returns.policy.PolicyRule;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.edge.returns.policy.RuleOutcome;
import io.rebound.protocols.receipts.ReceiptTokens;
import io.rebound.protocols.receipts.TokenCheck;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.RefundMethod;

/**
 * A receipt token, when the POS passes one, must be signed by one of central's receipt keys (held
 * locally, so this works with the broker down) and agree with the return; then the decision records
 * the verified receipt. Otherwise the return is refused ({@value #INVALID}) with the reason:
 * forged, altered, unknown key, algorithm not allowed or malformed. No token: nothing to check.
 */
public final class ReceiptTokenRule implements PolicyRule {
  public static final String ID = "policy.receipt.token";

  /** The rule id of a refusal. */
  public static final String INVALID = "policy.receipt.token-invalid";

  private static final String FIELD = "originalSale.receiptToken";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public RuleOutcome evaluate(ReturnCase c, RefundMethod method, PolicyLedger ledger) {
    OriginalSale sale = c.request().originalSale();
    if (sale == null || sale.receiptToken() == null) {
      return RuleOutcome.pass();
    }
    TokenCheck check =
        ReceiptTokens.verifyFor(sale.receiptToken(), c.receiptKeys(), sale, c.request().lines());
    if (check.isValid()) {
      return RuleOutcome.allow(
          ID,
          "Receipt verified: sale "
              + check.claims().saleId()
              + " issued "
              + check.claims().issuedAt()
              + ", signed by key "
              + check.kid()
              + ".");
    }
    return RuleOutcome.reject(
        INVALID,
        FIELD,
        Overridable.FINAL,
        "The receipt token is " + check.verdict().sentence() + " (" + check.reason() + ").");
  }
}
