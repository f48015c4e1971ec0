package io.rebound.central.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ErpAdapter} guarantees. Subclasses give the adapter and read the ERP back.
 * Products SKU-1 and SKU-2 exist in every ERP under test.
 */
public abstract class ErpAdapterContract {
  protected static final StoreId STORE = StoreId.of("store-1");

  /** The adapter under test. */
  protected abstract ErpAdapter adapter();

  /** How many documents the ERP holds with this reference. */
  protected abstract long documentsWithReference(String reference);

  /** Reads the credit note back and checks it is booked (posted, balanced) for the posting. */
  protected abstract void assertCreditNoteBooked(ReturnPosting posting, ErpDocument document);

  /** Reads the stock back: the posting's goods moved from the customer into the store. */
  protected abstract void assertStockReturned(ReturnPosting posting, ErpDocument document);

  /** Reads the disposition's moves back (done, to the right destinations). */
  protected abstract void assertDisposed(DispositionPosting posting, ErpDocument document);

  protected static ReturnPosting posting(ReturnId id) {
    return new ReturnPosting(
        id,
        STORE,
        Instant.now(),
        null,
        "WEB-" + id,
        Money.of("52.50", "EUR"),
        List.of(
            new PostingLine("SKU-1", 2, Money.of("20.00", "EUR")),
            new PostingLine("SKU-2", 1, Money.of("12.50", "EUR"))));
  }

  protected static ReturnId newReturn() {
    return ReturnId.mint(Clock.systemUTC());
  }

  @Test
  void a_credit_note_is_posted_once_and_posting_again_finds_it() {
    ReturnPosting posting = posting(newReturn());

    ErpDocument first = adapter().postCreditNote(posting);
    ErpDocument again = adapter().postCreditNote(posting);

    assertThat(first.alreadyPosted()).isFalse();
    assertThat(again).isEqualTo(new ErpDocument(first.externalReference(), true));
    assertThat(documentsWithReference(ErpReference.creditNote(posting.returnId()))).isOne();
    assertCreditNoteBooked(posting, first);
  }

  @Test
  void a_posted_credit_note_is_read_back_with_its_amount_and_no_other_document_counts() {
    ReturnPosting posting = posting(newReturn());
    assertThat(adapter().findCreditNote(posting.returnId())).isEmpty();
    adapter().postStockReturn(posting);
    assertThat(adapter().findCreditNote(posting.returnId())).isEmpty();

    ErpDocument document = adapter().postCreditNote(posting);

    assertThat(adapter().findCreditNote(posting.returnId()))
        .contains(new PostedCreditNote(document.externalReference(), posting.refundTotal()));
    assertThat(adapter().findCreditNote(newReturn())).isEmpty();
  }

  @Test
  void a_stock_return_is_booked_once_and_posting_again_finds_it() {
    ReturnPosting posting = posting(newReturn());

    ErpDocument first = adapter().postStockReturn(posting);
    ErpDocument again = adapter().postStockReturn(posting);

    assertThat(first.alreadyPosted()).isFalse();
    assertThat(again).isEqualTo(new ErpDocument(first.externalReference(), true));
    assertThat(documentsWithReference(ErpReference.stockReturn(posting.returnId()))).isOne();
    assertStockReturned(posting, first);
  }

  @Test
  void a_disposition_moves_damaged_and_warehouse_lines_once() {
    ReturnPosting returned = posting(newReturn());
    adapter().postStockReturn(returned);
    DispositionPosting disposition =
        new DispositionPosting(
            returned.returnId(),
            STORE,
            Instant.now(),
            List.of(
                new DispositionLine("SKU-1", 1, Disposition.DAMAGED, null),
                new DispositionLine("SKU-2", 1, Disposition.TO_WAREHOUSE, null)));

    ErpDocument first = adapter().postDisposition(disposition);
    ErpDocument again = adapter().postDisposition(disposition);

    assertThat(first.alreadyPosted()).isFalse();
    assertThat(again).isEqualTo(new ErpDocument(first.externalReference(), true));
    long documents = documentsWithReference(ErpReference.disposition(returned.returnId()));
    assertThat(documents).isPositive();
    adapter().postDisposition(disposition);
    assertThat(documentsWithReference(ErpReference.disposition(returned.returnId())))
        .isEqualTo(documents);
    assertDisposed(disposition, first);
  }

  @Test
  void supplier_claims_are_raised_once_per_vendor_known_or_not() {
    ReturnPosting returned = posting(newReturn());
    adapter().postStockReturn(returned);
    SupplierClaim known =
        new SupplierClaim(
            returned.returnId(),
            STORE,
            Instant.now(),
            "VENDOR-1",
            List.of(new DispositionLine("SKU-1", 1, Disposition.DEFECTIVE, "VENDOR-1")));
    SupplierClaim unknown =
        new SupplierClaim(
            returned.returnId(),
            STORE,
            Instant.now(),
            null,
            List.of(new DispositionLine("SKU-2", 1, Disposition.DEFECTIVE, null)));

    ErpDocument a = adapter().raiseSupplierClaim(known);
    ErpDocument b = adapter().raiseSupplierClaim(unknown);
    ErpDocument again = adapter().raiseSupplierClaim(known);

    assertThat(a.alreadyPosted()).isFalse();
    assertThat(b.alreadyPosted()).isFalse();
    assertThat(b.externalReference()).isNotEqualTo(a.externalReference());
    assertThat(again).isEqualTo(new ErpDocument(a.externalReference(), true));
    assertThat(documentsWithReference(ErpReference.supplierClaim(returned.returnId(), "VENDOR-1")))
        .isOne();
    assertThat(documentsWithReference(ErpReference.supplierClaim(returned.returnId(), null)))
        .isOne();
  }

  @Test
  void a_posting_priced_in_two_currencies_is_rejected_and_books_nothing() {
    ReturnId id = newReturn();
    ReturnPosting mixed =
        new ReturnPosting(
            id,
            STORE,
            Instant.now(),
            null,
            null,
            Money.of("30.00", "EUR"),
            List.of(
                new PostingLine("SKU-1", 1, Money.of("20.00", "EUR")),
                new PostingLine("SKU-2", 1, Money.of("10.00", "USD"))));

    assertThatThrownBy(() -> adapter().postCreditNote(mixed))
        .isInstanceOf(ErpRejectedException.class)
        .hasMessageContaining("currency");
    assertThat(documentsWithReference(ErpReference.creditNote(id))).isZero();
  }

  @Test
  void a_disposition_of_resellable_goods_is_rejected_naming_the_line() {
    DispositionPosting resellable =
        new DispositionPosting(
            newReturn(),
            STORE,
            Instant.now(),
            List.of(new DispositionLine("SKU-1", 1, Disposition.RESELLABLE, null)));

    assertThatThrownBy(() -> adapter().postDisposition(resellable))
        .isInstanceOf(ErpRejectedException.class)
        .hasMessageContaining("lines[0].disposition")
        .satisfies(e -> assertThat(((ErpException) e).retryable()).isFalse());
  }
}
