package io.rebound.central.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.central.erp.DispositionLine;
import io.rebound.central.erp.DispositionPosting;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.ErpAdapterContract;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.central.erp.SupplierClaim;
import io.rebound.protocols.inspection.Disposition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ERP contract against a real trytond, read back over JSON-RPC. */
class TrytonErpAdapterContractTest extends ErpAdapterContract {
  private static TrytonServer server;
  private static TrytonErpAdapter adapter;
  private static TrytonReadBack tryton;

  @BeforeAll
  static void startTryton() {
    server = TrytonServer.start();
    adapter = new TrytonErpAdapter(TestTrytonConfig.of(server));
    tryton = new TrytonReadBack(server);
  }

  @AfterAll
  static void stopTryton() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected ErpAdapter adapter() {
    return adapter;
  }

  @Override
  protected long documentsWithReference(String reference) {
    return tryton.countByReference(reference);
  }

  @Override
  protected void assertCreditNoteBooked(ReturnPosting posting, ErpDocument document) {
    JsonNode invoice =
        tryton
            .byReference(
                "account.invoice",
                ErpReference.creditNote(posting.returnId()),
                "number",
                "state",
                "total_amount",
                "move",
                "party.name")
            .get(0);
    assertThat(invoice.get("state").asText()).isEqualTo("posted");
    assertThat(document.externalReference())
        .isEqualTo("account.invoice," + invoice.get("number").asText());
    assertThat(TrytonSession.decimalOf(invoice.get("total_amount"))).isEqualByComparingTo("-52.50");
    assertThat(invoice.path("party.").path("name").asText()).isEqualTo("Walk-in Customer");
    List<JsonNode> lines = tryton.moveLines(invoice.get("move").asLong());
    BigDecimal debit = BigDecimal.ZERO;
    BigDecimal credit = BigDecimal.ZERO;
    for (JsonNode line : lines) {
      debit = debit.add(TrytonSession.decimalOf(line.get("debit")));
      credit = credit.add(TrytonSession.decimalOf(line.get("credit")));
    }
    assertThat(debit).isEqualByComparingTo(credit).isEqualByComparingTo("52.50");
  }

  @Override
  protected void assertStockReturned(ReturnPosting posting, ErpDocument document) {
    JsonNode shipment =
        tryton
            .byReference(
                TrytonErpAdapter.SHIPMENT_RETURN,
                ErpReference.stockReturn(posting.returnId()),
                "state")
            .get(0);
    assertThat(shipment.get("state").asText()).isEqualTo("done");
    List<JsonNode> moves =
        tryton.stockMoves(TrytonErpAdapter.SHIPMENT_RETURN + "," + shipment.get("id").asLong());
    assertThat(moves).allSatisfy(m -> assertThat(m.get("state").asText()).isEqualTo("done"));
    assertThat(moves)
        .filteredOn(m -> m.path("from_location.").path("type").asText().equals("customer"))
        .extracting(m -> m.path("product.").path("code").asText() + "×" + m.get("quantity").asInt())
        .containsExactlyInAnyOrder("SKU-1×2", "SKU-2×1");
  }

  @Override
  protected void assertDisposed(DispositionPosting posting, ErpDocument document) {
    List<JsonNode> shipments =
        tryton.byReference(
            TrytonErpAdapter.SHIPMENT_INTERNAL,
            ErpReference.disposition(posting.returnId()),
            "state");
    List<String> moved = new ArrayList<>();
    for (JsonNode shipment : shipments) {
      assertThat(shipment.get("state").asText()).isEqualTo("done");
      for (JsonNode m :
          tryton.stockMoves(
              TrytonErpAdapter.SHIPMENT_INTERNAL + "," + shipment.get("id").asLong())) {
        assertThat(m.get("state").asText()).isEqualTo("done");
        moved.add(
            m.path("product.").path("code").asText()
                + "→"
                + m.path("to_location.").path("name").asText());
      }
    }
    assertThat(moved).containsExactlyInAnyOrder("SKU-1→Lost and Found", "SKU-2→Central Returns");
  }

  @Test
  void a_known_customer_gets_the_credit_note_on_their_party() {
    ReturnPosting base = posting(newReturn());
    ReturnPosting known =
        new ReturnPosting(
            base.returnId(),
            base.storeId(),
            base.acceptedAt(),
            TrytonSeed.KNOWN_CUSTOMER,
            base.saleId(),
            base.refundTotal(),
            base.lines());

    adapter.postCreditNote(known);

    assertThat(
            tryton
                .byReference(
                    "account.invoice", ErpReference.creditNote(known.returnId()), "party.name")
                .get(0)
                .path("party.")
                .path("name")
                .asText())
        .isEqualTo("Jane Customer");
  }

  @Test
  void a_supplier_claim_for_a_known_vendor_goes_to_its_party_done() {
    ReturnPosting returned = posting(newReturn());
    adapter.postStockReturn(returned);
    var claim =
        new SupplierClaim(
            returned.returnId(),
            STORE,
            returned.acceptedAt(),
            TrytonSeed.KNOWN_VENDOR,
            List.of(new DispositionLine("SKU-1", 1, Disposition.DEFECTIVE, "VENDOR-1")));

    adapter.raiseSupplierClaim(claim);

    JsonNode shipment =
        tryton
            .byReference(
                TrytonErpAdapter.SHIPMENT_SUPPLIER,
                ErpReference.supplierClaim(returned.returnId(), TrytonSeed.KNOWN_VENDOR),
                "state",
                "supplier.name")
            .get(0);
    assertThat(shipment.get("state").asText()).isEqualTo("done");
    assertThat(shipment.path("supplier.").path("name").asText()).isEqualTo("Acme Supplies");
  }
}
