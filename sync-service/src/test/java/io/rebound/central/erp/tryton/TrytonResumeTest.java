package io.rebound.central.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.central.erp.DispositionLine;
import io.rebound.central.erp.DispositionPosting;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpReference;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.inspection.Disposition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A document an earlier attempt created but did not finish is finished, never created again. */
class TrytonResumeTest {
  private static final StoreId STORE = StoreId.of("store-1");
  private static TrytonServer server;
  private static TrytonReadBack tryton;

  @BeforeAll
  static void startTryton() {
    server = TrytonServer.start();
    tryton = new TrytonReadBack(server);
  }

  @AfterAll
  static void stopTryton() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void a_disposition_left_in_draft_by_a_crashed_attempt_is_finished_not_duplicated() {
    ReturnId id = ReturnId.mint(Clock.systemUTC());
    String reference = ErpReference.disposition(id);
    leaveDraftInternalShipment(reference, "SKU-1");
    TrytonErpAdapter adapter = new TrytonErpAdapter(TestTrytonConfig.of(server));

    ErpDocument document =
        adapter.postDisposition(
            new DispositionPosting(
                id,
                STORE,
                Instant.now(),
                List.of(new DispositionLine("SKU-1", 1, Disposition.DAMAGED, null))));

    assertThat(document.alreadyPosted()).isTrue();
    assertThat(tryton.byReference(TrytonErpAdapter.SHIPMENT_INTERNAL, reference, "state"))
        .singleElement()
        .satisfies(s -> assertThat(s.get("state").asText()).isEqualTo("done"));
  }

  /** What a crash right after {@code create} leaves behind: a draft shipment with the reference. */
  private static void leaveDraftInternalShipment(String reference, String sku) {
    TrytonSession s = tryton.tryton;
    TrytonLookups lookups = new TrytonLookups(s, TestTrytonConfig.of(server));
    long storage = lookups.warehouse(STORE).storage();
    long scrap = lookups.location("Lost and Found", "scrap");
    TrytonLookups.Product product = lookups.product(sku);
    long company = s.company().id();
    ArrayNode moves = s.array();
    moves
        .addObject()
        .put("product", product.id())
        .put("uom", product.uom())
        .put("quantity", 1)
        .put("from_location", storage)
        .put("to_location", scrap)
        .put("company", company);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ObjectNode draft =
        s.object()
            .put("company", company)
            .put("reference", reference)
            .put("from_location", storage)
            .put("to_location", scrap);
    draft.set("planned_date", s.date(today));
    draft.set("planned_start_date", s.date(today));
    draft.set("moves", s.createLines(moves));
    s.create(TrytonErpAdapter.SHIPMENT_INTERNAL, s.array().add(draft));
    assertThat(tryton.byReference(TrytonErpAdapter.SHIPMENT_INTERNAL, reference, "state"))
        .singleElement()
        .satisfies(x -> assertThat(x.get("state").asText()).isEqualTo("draft"));
  }
}
