package io.rebound.central.orchestration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.central.db.Database;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ReturnAccepted;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Central with nothing configured for payments and the ERP: the embedded {@code sandbox} gateway
 * and {@code journal} run a card return through the same process, state machine and fault tolerance
 * as Stripe and Tryton would.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@TestProfile(DefaultAdaptersTest.DefaultKinds.class)
class DefaultAdaptersTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Money PRICE = Money.of("24.50", "USD");

  @Inject Database database;

  @Test
  void card_return_is_refunded_by_the_sandbox_and_booked_in_the_journal_exactly_once() {
    try (FakeStore store = store("dflt-card")) {
      ReturnAccepted r =
          OrchestrationEvents.deferredCardReturn(
              store.store(), "ch_3PdemoCard", PRICE, 2, Instant.now().minusSeconds(60));
      store.publish(OrchestrationEvents.event(store.store(), 1, r));
      // an edge resend of the same event: deduplicated, no second refund or posting
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));

      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getList("steps.kind", String.class))
          .containsExactly("REFUND", "CREDIT_NOTE", "STOCK_RETURN");
      assertThat(view.getList("steps.attempts", Integer.class)).containsOnly(1);
      assertThat(view.getList("steps.mark", String.class)).containsOnly("SANDBOX");
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.adapterKind"))
          .isEqualTo("sandbox");
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.externalReference"))
          .isEqualTo("re_sandbox_" + r.returnId().toString().replace("-", ""));
      assertThat(view.getList("steps.findAll { it.kind != 'REFUND' }.adapterKind", String.class))
          .containsOnly("journal");
      assertThat(view.getList("steps.findAll { it.kind != 'REFUND' }.externalReference"))
          .allSatisfy(ref -> assertThat((String) ref).startsWith("journal:"));
      assertThat(sandboxRefunds(r.returnId())).isEqualTo(1);

      List<Map<String, Object>> entries = journalEntries(r.returnId());
      assertThat(entries)
          .extracting(e -> e.get("kind"))
          .containsExactly("CREDIT_NOTE", "STOCK_RETURN");
      entries.forEach(DefaultAdaptersTest::assertBalanced);
      assertThat(entries.get(0).get("lines").toString()).contains("4100", "2100", "4900");

      // POS acceptance → central → every step, in order
      List<String> timeline = view.getList("timeline.step", String.class);
      assertThat(timeline.subList(0, 2))
          .containsExactly("ACCEPTED_AT_STORE", "RECEIVED_BY_CENTRAL");
      assertThat(
              view.getList("timeline.findAll { it.step == 'STEP_ATTEMPTED' }.detail", String.class))
          .containsExactlyInAnyOrder(
              "REFUND attempt 1 via sandbox [SANDBOX]: SUCCEEDED re_sandbox_"
                  + r.returnId().toString().replace("-", ""),
              "CREDIT_NOTE attempt 1 via journal [SANDBOX]: SUCCEEDED "
                  + view.getString("steps.find { it.kind == 'CREDIT_NOTE' }.externalReference"),
              "STOCK_RETURN attempt 1 via journal [SANDBOX]: SUCCEEDED "
                  + view.getString("steps.find { it.kind == 'STOCK_RETURN' }.externalReference"));
    }
  }

  @Test
  void an_inspection_books_the_disposition_and_a_supplier_claim_in_the_journal() {
    try (FakeStore store = store("dflt-insp")) {
      ReturnAccepted r =
          OrchestrationEvents.deferredCardReturn(
              store.store(), "ch_3PdemoInspect", PRICE, 2, Instant.now().minusSeconds(60));
      store.publish(OrchestrationEvents.event(store.store(), 1, r));
      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));

      store.publish(
          OrchestrationEvents.inspected(
              store.store(),
              2,
              r.returnId(),
              List.of(
                  InspectedLine.of(0, "SKU-1", 1, Disposition.DAMAGED, null, "cracked"),
                  InspectedLine.of(0, "SKU-1", 1, Disposition.DEFECTIVE, "VENDOR-1", "dead"))));

      await()
          .atMost(WAIT)
          .until(
              () ->
                  ProcessApi.kinds(r.returnId()).size() == 5
                      && ProcessApi.all(r.returnId(), "SUCCEEDED"));
      List<Map<String, Object>> entries = journalEntries(r.returnId());
      assertThat(entries)
          .extracting(e -> e.get("kind"))
          .containsExactly("CREDIT_NOTE", "STOCK_RETURN", "DISPOSITION", "SUPPLIER_CLAIM");
      entries.forEach(DefaultAdaptersTest::assertBalanced);
      // written off at the cost the stock return booked (24.50), claimed from the vendor likewise
      assertThat(entries.get(2).get("lines").toString()).contains("5200", "2450");
      assertThat(entries.get(3).get("lines").toString()).contains("1400", "2450");
      List<String> movements =
          given()
              .queryParam("returnId", r.returnId().toString())
              .get("/api/v1/journal/stock-movements")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.toLocation", String.class);
      assertThat(movements).containsExactly("store:" + store.store(), "scrap", "supplier:VENDOR-1");
      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getList("timeline.step", String.class)).contains("INSPECTED_AT_STORE");
      assertThat(view.getString("steps.find { it.kind == 'SUPPLIER_CLAIM' }.vendorId"))
          .isEqualTo("VENDOR-1");
    }
  }

  @Test
  void a_card_the_sandbox_declines_ends_declined_and_is_never_retried() {
    try (FakeStore store = store("dflt-decl")) {
      ReturnAccepted r =
          OrchestrationEvents.deferredCardReturn(
              store.store(), "ch_decline_demo", PRICE, 1, Instant.now().minusSeconds(60));
      store.publish(OrchestrationEvents.event(store.store(), 1, r));

      await()
          .atMost(WAIT)
          .until(() -> "DECLINED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));
      JsonPath view = ProcessApi.returnView(r.returnId());
      assertThat(view.getInt("steps.find { it.kind == 'REFUND' }.attempts")).isEqualTo(1);
      assertThat(view.getString("steps.find { it.kind == 'REFUND' }.lastError"))
          .contains("card_declined");
      assertThat(sandboxRefunds(r.returnId())).isEqualTo(1);
    }
  }

  private static FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }

  private static List<Map<String, Object>> journalEntries(ReturnId id) {
    return given()
        .queryParam("returnId", id.toString())
        .get("/api/v1/journal/entries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @SuppressWarnings("unchecked")
  private static void assertBalanced(Map<String, Object> entry) {
    List<Map<String, Object>> lines = (List<Map<String, Object>>) entry.get("lines");
    long debit = lines.stream().mapToLong(l -> ((Number) l.get("debitMinor")).longValue()).sum();
    long credit = lines.stream().mapToLong(l -> ((Number) l.get("creditMinor")).longValue()).sum();
    assertThat(debit).as("entry %s balanced", entry.get("reference")).isEqualTo(credit);
  }

  private long sandboxRefunds(ReturnId id) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM sandbox_refunds WHERE return_id = ?"
                      + " AND environment = 'SANDBOX'")) {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** The embedded defaults: what central runs with when nothing is configured. */
  public static class DefaultKinds implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rebound.payment.kind", "sandbox", "rebound.erp.kind", "journal");
    }
  }
}
