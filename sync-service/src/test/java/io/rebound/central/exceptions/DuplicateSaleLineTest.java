package io.rebound.central.exceptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnRequest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class DuplicateSaleLineTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final AtomicInteger SALES = new AtomicInteger();

  @Inject Database database;

  private final int mqttPort = TestBroker.port();
  private final String mqttHost = TestBroker.host();

  @Test
  void same_sale_line_returned_at_two_stores_raises_one_open_exception_visible_over_both_apis() {
    String sale = newSale();
    try (FakeStore first = store("dup-a");
        FakeStore second = store("dup-b")) {
      EventEnvelope a = stored(first, returnOf(first.store(), 1, sale, "L1", "SKU-9"));
      EventEnvelope b = stored(second, returnOf(second.store(), 1, sale, "L1", "SKU-9"));
      ReturnId firstReturn = returnId(a);
      ReturnId secondReturn = returnId(b);

      second.publish(b);
      await().atMost(WAIT).until(() -> second.acksFor(b.eventId()).size() == 2);
      assertThat(second.acksFor(b.eventId()).get(1).outcome()).isEqualTo(AckOutcome.DUPLICATE);

      assertThat(exceptionsOfSale(sale)).isEqualTo(1);
      long id = openExceptionIdOfSale(sale);
      given()
          .get("/api/v1/exceptions/" + id)
          .then()
          .statusCode(200)
          .body("kind", equalTo("DUPLICATE_SALE_LINE_RETURN"))
          .body("state", equalTo("OPEN"))
          .body("saleId", equalTo(sale))
          .body("lineKey", equalTo("line:L1"))
          .body("first.storeId", equalTo(first.store().value()))
          .body("first.returnId", equalTo(firstReturn.toString()))
          .body("second.storeId", equalTo(second.store().value()))
          .body("second.returnId", equalTo(secondReturn.toString()))
          .body("detectedAt", org.hamcrest.Matchers.notNullValue());
      for (ReturnId involved : List.of(firstReturn, secondReturn)) {
        given()
            .get("/api/v1/returns/" + involved)
            .then()
            .statusCode(200)
            .body("exceptions", hasSize(1))
            .body("exceptions[0].id", equalTo((int) id))
            .body("timeline.step", hasItem("DUPLICATE_DETECTED"));
      }
      given()
          .get("/q/metrics")
          .then()
          .statusCode(200)
          .body(containsString("rebound_exceptions_total{kind=\"DUPLICATE_SALE_LINE_RETURN\""));
    }
  }

  @Test
  void same_store_redelivering_its_return_raises_no_exception() {
    String sale = newSale();
    try (FakeStore store = store("dup-redeliver")) {
      EventEnvelope a = stored(store, returnOf(store.store(), 1, sale, "L1", "SKU-9"));
      store.publish(a);
      await().atMost(WAIT).until(() -> store.acksFor(a.eventId()).size() == 2);
      given().get("/api/v1/returns/" + returnId(a)).then().body("exceptions", hasSize(0));
    }
    assertThat(exceptionsOfSale(sale)).isZero();
    assertThat(ledgerRowsOfSale(sale)).isEqualTo(1);
  }

  @Test
  void different_lines_of_one_sale_and_one_sku_of_different_sales_raise_no_exception() {
    String sale = newSale();
    String otherSale = newSale();
    try (FakeStore first = store("dup-lines-a");
        FakeStore second = store("dup-lines-b")) {
      stored(first, returnOf(first.store(), 1, sale, "L1", "SKU-9"));
      stored(second, returnOf(second.store(), 1, sale, "L2", "SKU-9"));
      stored(first, returnOf(first.store(), 2, otherSale, null, "SKU-9"));
      stored(second, returnOf(second.store(), 2, sale, null, "SKU-9"));
    }
    assertThat(exceptionsOfSale(sale)).isZero();
    assertThat(exceptionsOfSale(otherSale)).isZero();
    assertThat(ledgerRowsOfSale(sale)).isEqualTo(3);
  }

  @Test
  void same_store_returning_one_line_twice_raises_an_exception_keyed_by_sku() {
    String sale = newSale();
    try (FakeStore store = store("dup-same-store")) {
      stored(store, returnOf(store.store(), 1, sale, null, "SKU-7"));
      stored(store, returnOf(store.store(), 2, sale, null, "SKU-7"));
    }
    assertThat(exceptionsOfSale(sale)).isEqualTo(1);
    given()
        .get("/api/v1/exceptions/" + openExceptionIdOfSale(sale))
        .then()
        .body("lineKey", equalTo("sku:SKU-7"));
  }

  @Test
  void exceptions_list_pages_by_id_and_rejects_an_unknown_state() {
    String sale = newSale();
    try (FakeStore first = store("dup-page-a");
        FakeStore second = store("dup-page-b");
        FakeStore third = store("dup-page-c")) {
      stored(first, returnOf(first.store(), 1, sale, "L1", "SKU-9"));
      stored(second, returnOf(second.store(), 1, sale, "L1", "SKU-9"));
      stored(third, returnOf(third.store(), 1, sale, "L1", "SKU-9"));
    }
    assertThat(exceptionsOfSale(sale)).isEqualTo(3);
    JsonPath page =
        given()
            .get("/api/v1/exceptions?state=OPEN&limit=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items")).hasSize(1);
    long next = page.getLong("next");
    JsonPath following =
        given()
            .get("/api/v1/exceptions?state=OPEN&limit=1&after=" + next)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(following.getLong("items[0].id")).isGreaterThan(next);
    given()
        .get("/api/v1/exceptions?state=RESOLVED")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
    given()
        .get("/api/v1/exceptions?state=CLOSED")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body(containsString("state"));
    given().get("/api/v1/exceptions/999999999").then().statusCode(404);
    given().get("/api/v1/exceptions/abc").then().statusCode(400);
  }

  private FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), mqttHost, mqttPort);
  }

  /** Publishes the event and waits for its STORED ack. */
  private static EventEnvelope stored(FakeStore store, EventEnvelope event) {
    store.publish(event);
    await().atMost(WAIT).until(() -> store.lastAckFor(event.eventId()).isPresent());
    assertThat(store.lastAckFor(event.eventId()).get().outcome()).isEqualTo(AckOutcome.STORED);
    return event;
  }

  private static String newSale() {
    return "SALE-" + System.nanoTime() % 1_000_000_000 + "-" + SALES.incrementAndGet();
  }

  private static ReturnId returnId(EventEnvelope event) {
    return ((ReturnAccepted) event.payload()).returnId();
  }

  /** A return of one unit of {@code sku} (sale line {@code saleLineId}, may be null). */
  private static EventEnvelope returnOf(
      StoreId store, long sequence, String saleId, String saleLineId, String sku) {
    ReturnAccepted base = TestEvents.accepted(store, ReturnId.mint(Clock.systemUTC()));
    ReturnRequest r = base.request();
    OriginalSale sale =
        OriginalSale.of(
            saleId,
            r.originalSale().channel(),
            r.originalSale().soldAt(),
            r.originalSale().tenders());
    Money price = r.lines().get(0).unitPrice();
    ReturnLine line =
        new ReturnLine(
            sku, 1, price, ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED, saleLineId, null);
    ReturnRequest request =
        new ReturnRequest(r.terminalId(), sale, r.customer(), List.of(line), r.refundPreference());
    ReturnAccepted accepted =
        new ReturnAccepted(
            base.returnId(),
            store,
            base.acceptedAt(),
            base.mode(),
            base.status(),
            request,
            base.refund(),
            base.decisions());
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        Traceparent.random(),
        accepted);
  }

  private long openExceptionIdOfSale(String sale) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id FROM exceptions WHERE sale_id = ? AND state = 'OPEN'")) {
            ps.setString(1, sale);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private long exceptionsOfSale(String sale) {
    return count("SELECT count(*) FROM exceptions WHERE sale_id = ?", sale);
  }

  private long ledgerRowsOfSale(String sale) {
    return count("SELECT count(*) FROM sale_line_returns WHERE sale_id = ?", sale);
  }

  private long count(String sql, String sale) {
    return database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sale);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
