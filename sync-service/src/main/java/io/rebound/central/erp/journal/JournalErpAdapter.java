package io.rebound.central.erp.journal;

import io.rebound.central.erp.DispositionLine;
import io.rebound.central.erp.DispositionPosting;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.central.erp.PostedCreditNote;
import io.rebound.central.erp.PostingLine;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.central.erp.SupplierClaim;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The embedded ERP (default {@code rebound.erp.kind=journal}): balanced double-entry postings and
 * stock movements in central's own PostgreSQL, browsable at {@code /api/v1/journal/…}.
 *
 * <ul>
 *   <li>credit note: Dr 4100 Sales returns / Cr 2100 Customer refunds payable, the lines' total;
 *   <li>stock return: customer → store:&lt;id&gt;; Dr 1300 Inventory / Cr 5000 Cost of goods sold
 *       at cost, where cost = the refunded unit price for now;
 *   <li>disposition: DAMAGED store → scrap, Dr 5200 Inventory write-off / Cr 1300 Inventory at the
 *       cost the stock return booked; TO_WAREHOUSE store → central-warehouse, not revalued;
 *   <li>supplier claim: store → supplier:&lt;vendor&gt;, Dr 1400 Supplier claims receivable / Cr
 *       1300 Inventory at the booked cost.
 * </ul>
 *
 * Lines whose cost is unknown (no stock return booked for the return) move stock without value.
 */
@ApplicationScoped
@Identifier("journal")
public class JournalErpAdapter implements ErpAdapter {
  private final JournalWriter writer;
  private final JournalCreditNotes creditNotes;

  @Inject
  public JournalErpAdapter(JournalWriter writer, JournalCreditNotes creditNotes) {
    this.writer = writer;
    this.creditNotes = creditNotes;
  }

  @Override
  public Optional<PostedCreditNote> findCreditNote(ReturnId returnId) {
    return creditNotes.find(returnId);
  }

  @Override
  public String kind() {
    return "journal";
  }

  @Override
  public ErpDocument postCreditNote(ReturnPosting posting) {
    DraftEntry entry =
        draft(posting, EntryKind.CREDIT_NOTE, ErpReference.creditNote(posting.returnId()));
    long total = linesTotal(posting);
    if (total != posting.refundTotal().minorUnits()) {
      throw new ErpRejectedException(
          "refundTotal: "
              + posting.refundTotal()
              + " differs from the lines' total (rule: refund equals the sum of the lines)");
    }
    entry.transfer(JournalAccount.SALES_RETURNS, JournalAccount.CUSTOMER_REFUNDS, total);
    return writer.write(entry);
  }

  @Override
  public ErpDocument postStockReturn(ReturnPosting posting) {
    DraftEntry entry =
        draft(posting, EntryKind.STOCK_RETURN, ErpReference.stockReturn(posting.returnId()));
    String store = Locations.store(posting.storeId());
    for (PostingLine line : posting.lines()) {
      long cost = line.unitPrice().minorUnits();
      entry.movements.add(
          new DraftEntry.Movement(line.sku(), line.quantity(), Locations.CUSTOMER, store, cost));
    }
    entry.transfer(JournalAccount.INVENTORY, JournalAccount.COST_OF_SALES, linesTotal(posting));
    return writer.write(entry);
  }

  @Override
  public ErpDocument postDisposition(DispositionPosting posting) {
    DraftEntry entry =
        new DraftEntry(
            ErpReference.disposition(posting.returnId()),
            EntryKind.DISPOSITION,
            posting.returnId(),
            posting.storeId());
    JournalWriter.ReturnedStock stock = writer.returnedStock(posting.returnId().value());
    String store = Locations.store(posting.storeId());
    for (int i = 0; i < posting.lines().size(); i++) {
      DispositionLine line = posting.lines().get(i);
      Long cost = stock.unitCosts().get(line.sku());
      switch (line.disposition()) {
        case DAMAGED -> {
          entry.movements.add(
              new DraftEntry.Movement(line.sku(), line.quantity(), store, Locations.SCRAP, cost));
          if (cost != null) {
            entry.transfer(
                JournalAccount.INVENTORY_WRITE_OFF,
                JournalAccount.INVENTORY,
                Math.multiplyExact(cost, line.quantity()));
          }
        }
        case TO_WAREHOUSE ->
            entry.movements.add(
                new DraftEntry.Movement(
                    line.sku(), line.quantity(), store, Locations.CENTRAL_WAREHOUSE, null));
        case RESELLABLE, DEFECTIVE ->
            throw new ErpRejectedException(
                "lines["
                    + i
                    + "].disposition: "
                    + line.disposition()
                    + " is not moved by a disposition (rule: DAMAGED or TO_WAREHOUSE)");
      }
    }
    entry.currency = currencyOf(stock, !entry.lines.isEmpty());
    return writer.write(entry);
  }

  @Override
  public ErpDocument raiseSupplierClaim(SupplierClaim claim) {
    DraftEntry entry =
        new DraftEntry(
            ErpReference.supplierClaim(claim.returnId(), claim.vendorId()),
            EntryKind.SUPPLIER_CLAIM,
            claim.returnId(),
            claim.storeId());
    JournalWriter.ReturnedStock stock = writer.returnedStock(claim.returnId().value());
    String store = Locations.store(claim.storeId());
    String supplier = Locations.supplier(claim.vendorId());
    for (DispositionLine line : claim.lines()) {
      Long cost = stock.unitCosts().get(line.sku());
      entry.movements.add(
          new DraftEntry.Movement(line.sku(), line.quantity(), store, supplier, cost));
      if (cost != null) {
        entry.transfer(
            JournalAccount.SUPPLIER_CLAIMS,
            JournalAccount.INVENTORY,
            Math.multiplyExact(cost, line.quantity()));
      }
    }
    entry.currency = currencyOf(stock, !entry.lines.isEmpty());
    return writer.write(entry);
  }

  private static Currency currencyOf(JournalWriter.ReturnedStock stock, boolean valued) {
    return valued && stock.currency() != null ? Currency.getInstance(stock.currency()) : null;
  }

  private static DraftEntry draft(ReturnPosting posting, EntryKind kind, String reference) {
    DraftEntry entry = new DraftEntry(reference, kind, posting.returnId(), posting.storeId());
    Currency currency = posting.refundTotal().currency();
    List<PostingLine> lines = posting.lines();
    for (int i = 0; i < lines.size(); i++) {
      Money price = lines.get(i).unitPrice();
      if (!price.currency().equals(currency)) {
        throw new ErpRejectedException(
            "lines["
                + i
                + "].unitPrice.currency: "
                + price.currency()
                + " differs from the refund's "
                + currency
                + " (rule: one currency per return)");
      }
    }
    entry.currency = currency;
    return entry;
  }

  private static long linesTotal(ReturnPosting posting) {
    long total = 0;
    for (PostingLine line : posting.lines()) {
      total =
          Math.addExact(total, Math.multiplyExact(line.unitPrice().minorUnits(), line.quantity()));
    }
    return total;
  }
}
