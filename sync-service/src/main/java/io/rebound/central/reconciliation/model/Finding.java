package io.rebound.central.reconciliation.model;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.util.Objects;

/**
 * One disagreement (or unsettled return) found by a run.
 *
 * @param expected the refund the store accepted (null when the return has none)
 * @param gateway what the gateway refunded (null: no succeeded refund there)
 * @param ledger what the posted credit note credits (null: none posted)
 * @param gatewayReference the gateway's refund id ({@code re_…}) or null
 * @param ledgerReference the ERP document's reference or null
 * @param message a sentence for an operator, ending with the rule's name
 */
public record Finding(
    FindingKind kind,
    ReturnId returnId,
    StoreId storeId,
    Money expected,
    Money gateway,
    Money ledger,
    String gatewayReference,
    String ledgerReference,
    String message) {
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(returnId, "returnId");
    Objects.requireNonNull(storeId, "storeId");
    Objects.requireNonNull(message, "message");
  }

  public FindingClass findingClass() {
    return kind.findingClass();
  }
}
