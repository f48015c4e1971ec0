package io.rebound.central.reconciliation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.central.db.Database;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ReturnAccepted;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation with the embedded adapters (sandbox gateway, journal ERP) over real returns that
 * went through the process: a clean day, then each side made to disagree with real rows.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@TestProfile(EmbeddedAdapters.class)
class ReconciliationRunTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Set<String> WORKING = Set.of("PENDING", "IN_PROGRESS", "RETRY_WAIT");

  @Inject Database database;
  @Inject PaymentGateway gateway;
  @Inject ErpAdapter erp;

  @Test
  void a_clean_day_has_no_findings_and_the_three_totals_agree() {
    try (FakeStore store = store("recon-clean")) {
      ReturnAccepted a =
          ReconciliationEvents.cardReturn(store.store(), "ch_3Pclean1", usd("49.00"));
      ReturnAccepted b =
          ReconciliationEvents.cardReturn(store.store(), "ch_3Pclean2", usd("10.00"));
      ReturnAccepted c = ReconciliationEvents.cashReturn(store.store(), "ch_3Pclean3", usd("5.25"));
      publish(store, a, b, c);
      await().atMost(WAIT).until(() -> settled(a) && settled(b) && settled(c));

      JsonPath run = startRun(store, a).statusCode(201).extract().jsonPath();

      assertThat(run.getString("state")).isEqualTo("COMPLETED");
      assertThat(run.getInt("returnsChecked")).isEqualTo(3);
      assertThat(run.getInt("mismatches")).isZero();
      assertThat(run.getInt("inProgress")).isZero();
      assertThat(run.getList("findings")).isEmpty();
      assertThat(run.getString("paymentKind")).isEqualTo("sandbox");
      assertThat(run.getString("erpKind")).isEqualTo("journal");
      // the cash refund left the till, not the gateway: expected = ledger, gateway = card only
      assertThat(totals(run))
          .containsExactly(Map.of("expected", "64.25", "refunded", "59.00", "credited", "64.25"));

      JsonPath again =
          given()
              .get("/api/v1/reconciliation/runs/" + run.getLong("id"))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(again.getInt("returnsChecked")).isEqualTo(3);
      assertThat(totals(again)).isEqualTo(totals(run));
      assertThat(
              given()
                  .get("/api/v1/reconciliation/runs")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getList("items.id", Long.class))
          .contains(run.getLong("id"));
    }
  }

  @Test
  void every_disagreement_between_store_gateway_and_ledger_is_found_by_its_rule() {
    try (FakeStore store = store("recon-diff")) {
      ReturnAccepted amountChanged =
          ReconciliationEvents.cardReturn(store.store(), "ch_3Pdiff1", usd("49.00"));
      ReturnAccepted noteDeleted =
          ReconciliationEvents.cardReturn(store.store(), "ch_3Pdiff2", usd("20.00"));
      ReturnAccepted declined =
          ReconciliationEvents.cardReturn(store.store(), "ch_decline_recon", usd("30.00"));
      ReturnAccepted refundGone =
          ReconciliationEvents.cardReturn(store.store(), "ch_3Pdiff4", usd("15.00"));
      ReturnAccepted cashAlsoRefunded =
          ReconciliationEvents.cashReturn(store.store(), "ch_3Pdiff5", usd("8.00"));
      publish(store, amountChanged, noteDeleted, declined, refundGone, cashAlsoRefunded);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  settled(amountChanged)
                      && settled(noteDeleted)
                      && settled(refundGone)
                      && settled(cashAlsoRefunded)
                      && "DECLINED".equals(ProcessApi.state(declined.returnId(), StepKind.REFUND))
                      && !WORKING.contains(
                          String.valueOf(
                              ProcessApi.state(declined.returnId(), StepKind.CREDIT_NOTE))));

      sql("UPDATE sandbox_refunds SET amount = amount - 1 WHERE return_id = ?", amountChanged);
      sql(
          "DELETE FROM journal_lines WHERE entry_id IN"
              + " (SELECT id FROM journal_entries WHERE return_id = ? AND kind = 'CREDIT_NOTE')",
          noteDeleted);
      sql("DELETE FROM journal_entries WHERE return_id = ? AND kind = 'CREDIT_NOTE'", noteDeleted);
      sql("DELETE FROM sandbox_refunds WHERE return_id = ?", refundGone);
      // the declined card return has a credit note (posted by the process today, or here: the
      // check must find it whichever way it got there)
      erp.postCreditNote(ReconciliationEvents.posting(declined));
      // a card refund at the gateway for a return the till already refunded in cash
      gateway.refund(
          new RefundCommand(
              cashAlsoRefunded.returnId(),
              store.store(),
              "ch_3Pdiff5",
              cashAlsoRefunded.refund().amount()));

      JsonPath run = startRun(store, amountChanged).statusCode(201).extract().jsonPath();

      assertThat(run.getInt("returnsChecked")).isEqualTo(5);
      assertThat(run.getInt("mismatches")).isEqualTo(5);
      assertThat(run.getInt("inProgress")).isZero();
      List<Map<String, Object>> findings = run.getList("findings");
      assertThat(findings)
          .extracting(f -> f.get("returnId") + " " + f.get("kind"))
          .containsExactlyInAnyOrder(
              amountChanged.returnId() + " REFUND_AMOUNT_MISMATCH",
              noteDeleted.returnId() + " CREDIT_NOTE_MISSING",
              declined.returnId() + " CREDIT_NOTE_WITHOUT_MONEY",
              refundGone.returnId() + " REFUND_MISSING_AT_GATEWAY",
              cashAlsoRefunded.returnId() + " REFUND_NOT_EXPECTED");
      assertThat(findings)
          .allSatisfy(
              f -> {
                assertThat(f.get("storeId")).isEqualTo(store.store().value());
                assertThat((String) f.get("message")).endsWith("(rule: " + f.get("kind") + ")");
              });
      Map<String, Object> mismatch = finding(findings, "REFUND_AMOUNT_MISMATCH");
      assertThat(amount(mismatch.get("expected"))).isEqualTo("49.00");
      assertThat(amount(mismatch.get("gateway"))).isEqualTo("48.00");
      assertThat((String) mismatch.get("gatewayReference")).startsWith("re_sandbox_");
      assertThat((String) finding(findings, "CREDIT_NOTE_WITHOUT_MONEY").get("ledgerReference"))
          .startsWith("journal:");
      // expected: all five as accepted; gateway: 48 + 20 + 8 (cash one) ; ledger: 49 + 30 + 15 + 8
      assertThat(totals(run))
          .containsExactly(Map.of("expected", "122.00", "refunded", "76.00", "credited", "102.00"));
    }
  }

  @Test
  void a_window_is_checked_for_shape_and_size_before_anything_runs() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"from\":\"26.11.2026\"}")
        .post("/api/v1/reconciliation/runs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", org.hamcrest.Matchers.equalTo("from"))
        .body("rule", org.hamcrest.Matchers.equalTo("iso-8601-date"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"from\":\"2026-11-26\",\"to\":\"2026-11-25\"}")
        .post("/api/v1/reconciliation/runs")
        .then()
        .statusCode(400)
        .body("field", org.hamcrest.Matchers.equalTo("to"))
        .body("rule", org.hamcrest.Matchers.equalTo("not-before-from"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"from\":\"2026-01-01\",\"to\":\"2026-11-26\"}")
        .post("/api/v1/reconciliation/runs")
        .then()
        .statusCode(400)
        .body("rule", org.hamcrest.Matchers.equalTo("max-window-days"));
    given()
        .get("/api/v1/reconciliation/runs/999999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static io.restassured.response.ValidatableResponse startRun(
      FakeStore store, ReturnAccepted any) {
    LocalDate day = any.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "from", day.toString(), "to", today.toString(), "storeId", store.store().value()))
        .post("/api/v1/reconciliation/runs")
        .then();
  }

  /** The run's totals as decimal strings: [{expected, refunded, credited}] per currency. */
  private static List<Map<String, String>> totals(JsonPath run) {
    List<Map<String, Object>> totals = run.getList("totals");
    return totals.stream()
        .map(
            t ->
                Map.of(
                    "expected", amount(t.get("expected")),
                    "refunded", amount(t.get("refundedAtGateway")),
                    "credited", amount(t.get("creditedInLedger"))))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static String amount(Object money) {
    return String.valueOf(((Map<String, Object>) money).get("amount"));
  }

  private static Map<String, Object> finding(List<Map<String, Object>> findings, String kind) {
    return findings.stream().filter(f -> kind.equals(f.get("kind"))).findFirst().orElseThrow();
  }

  private static boolean settled(ReturnAccepted r) {
    return ProcessApi.all(r.returnId(), "SUCCEEDED")
        && ProcessApi.kinds(r.returnId()).contains(StepKind.CREDIT_NOTE.name());
  }

  private static void publish(FakeStore store, ReturnAccepted... returns) {
    long sequence = 1;
    for (ReturnAccepted r : returns) {
      store.publish(ReconciliationEvents.event(store.store(), sequence++, r));
    }
  }

  private void sql(String statement, ReturnAccepted r) {
    database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setObject(1, r.returnId().value());
            assertThat(ps.executeUpdate()).as(statement).isPositive();
          }
          return null;
        });
  }

  private static FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
