package io.rebound.central.reconciliation.engine;

import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.ErpException;
import io.rebound.central.erp.PostedCreditNote;
import io.rebound.central.payment.PaymentException;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.central.reconciliation.model.ReturnFacts;
import java.util.Optional;

/** Asks the configured gateway and ERP (read-only) about one return. */
final class Sides {
  private final PaymentGateway gateway;
  private final ErpAdapter erp;

  Sides(PaymentGateway gateway, ErpAdapter erp) {
    this.gateway = gateway;
    this.erp = erp;
  }

  /** Without a card reference the gateway cannot be asked: nothing can be there for us. */
  Lookup<RefundOutcome> gateway(ReturnFacts f) {
    if (f.paymentReference() == null || f.refund().amount().isZero()) {
      return new Lookup.Absent<>();
    }
    try {
      RefundCommand command =
          new RefundCommand(f.returnId(), f.storeId(), f.paymentReference(), f.refund().amount());
      return of(gateway.find(command));
    } catch (PaymentException e) {
      return new Lookup.Failed<>(gateway.kind() + ": " + e.getMessage());
    }
  }

  Lookup<PostedCreditNote> ledger(ReturnFacts f) {
    try {
      return of(erp.findCreditNote(f.returnId()));
    } catch (ErpException e) {
      return new Lookup.Failed<>(erp.kind() + ": " + e.getMessage());
    }
  }

  private static <T> Lookup<T> of(Optional<T> found) {
    return found.<Lookup<T>>map(Lookup.Found::new).orElseGet(Lookup.Absent::new);
  }
}
