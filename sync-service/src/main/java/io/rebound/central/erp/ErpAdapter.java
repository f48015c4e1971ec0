package io.rebound.central.erp;

import io.rebound.protocols.ids.ReturnId;
import java.util.Optional;

/**
 * An ERP that books returns. Every method is idempotent per reference: it first looks for a
 * document carrying {@link ErpReference} and, if found, returns it with {@code alreadyPosted}.
 * Implementations are thread-safe.
 *
 * <p>Failures: {@link ErpUnavailableException} (unreachable, timeout, 5xx, session lost and
 * re-login failed; retry later) and {@link ErpRejectedException} (the ERP refused the document,
 * e.g. a Tryton {@code UserError}: unknown product, closed period; retrying unchanged cannot help).
 */
public interface ErpAdapter {

  /** The configured kind, as in {@code rebound.erp.kind} ({@code tryton}, {@code journal}). */
  String kind();

  /** A posted customer credit note for the return's lines, referencing the return id. */
  ErpDocument postCreditNote(ReturnPosting posting);

  /** The goods back from the customer location into the store's warehouse (done moves). */
  ErpDocument postStockReturn(ReturnPosting posting);

  /**
   * After inspection: moves of the lines that leave sellable stock — {@code DAMAGED} to the
   * scrap/liquidation location, {@code TO_WAREHOUSE} to the central warehouse. {@code RESELLABLE}
   * lines stay where the stock return put them and are not in the posting.
   */
  ErpDocument postDisposition(DispositionPosting posting);

  /** After inspection: a supplier return for the {@code DEFECTIVE} lines of one vendor. */
  ErpDocument raiseSupplierClaim(SupplierClaim claim);

  /**
   * Read-only: the posted credit note carrying {@link ErpReference#creditNote(ReturnId)}, if the
   * ERP holds one. A draft that was never posted is not a posted credit note (empty). Creates
   * nothing; the same failures as the posting methods.
   */
  Optional<PostedCreditNote> findCreditNote(ReturnId returnId);
}
