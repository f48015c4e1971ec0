package io.rebound.central.storecredit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralDb;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.credit.StoreCreditIssued;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A store's {@code return.store-credit-issued} event (store credit accepted DEFERRED for want of a
 * number, issued later) turns the return's refund ISSUED with the number, adds one timeline entry,
 * plans no second credit note, and a redelivery changes nothing; the order of arrival does not
 * matter.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class StoreCreditIssueIngestTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject Database database;

  private final int mqttPort = TestBroker.port();
  private final String mqttHost = TestBroker.host();

  @Test
  void issued_event_updates_refund_and_timeline_once_and_a_redelivery_does_nothing() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("credit"), mqttHost, mqttPort)) {
      EventEnvelope accepted = deferredStoreCredit(store.store(), 1);
      ReturnId returnId = ((ReturnAccepted) accepted.payload()).returnId();
      EventEnvelope issued = issued(store.store(), 2, returnId, "SC-0000001234");
      store.publish(accepted);
      await().atMost(WAIT).until(() -> store.acksFor(accepted.eventId()).size() == 1);
      assertThat(refundStatusColumn(returnId)).isEqualTo("DEFERRED");

      store.publish(issued);
      await().atMost(WAIT).until(() -> store.acksFor(issued.eventId()).size() == 1);
      JsonPath first = returnView(returnId);
      store.publish(issued);
      await().atMost(WAIT).until(() -> store.acksFor(issued.eventId()).size() == 2);

      assertThat(store.acksFor(issued.eventId()))
          .extracting(Ack::outcome)
          .containsExactly(AckOutcome.STORED, AckOutcome.DUPLICATE);
      CentralDb db = new CentralDb(database);
      assertThat(db.ingestedEvents(issued.eventId())).isEqualTo(1);
      assertThat(db.storedSequences(store.store())).containsExactly(1L, 2L);
      assertThat(count("SELECT count(*) FROM store_credit_issues WHERE return_id = ?", returnId))
          .isEqualTo(1);
      assertThat(refundStatusColumn(returnId)).isEqualTo("ISSUED");
      assertThat(
              count(
                  "SELECT count(*) FROM process_steps WHERE return_id = ? AND kind = 'CREDIT_NOTE'",
                  returnId))
          .as("the credit note planned at acceptance is the only one")
          .isEqualTo(1);

      JsonPath view = returnView(returnId);
      assertThat(view.getString("refund.status")).isEqualTo("ISSUED");
      assertThat(view.getString("refund.reference")).isEqualTo("SC-0000001234");
      assertThat(view.getString("refund.method")).isEqualTo("STORE_CREDIT");
      List<String> details =
          view.getList("timeline.findAll { it.step == 'STORE_CREDIT_ISSUED' }.detail");
      assertThat(details).hasSize(1);
      assertThat(details.get(0))
          .startsWith("store credit issued SC-0000001234 at the store " + store.store());
      assertThat(storeEntries(view))
          .as("the redelivery added no entry")
          .isEqualTo(storeEntries(first));
    }
  }

  @Test
  void an_issue_stored_before_its_return_still_leaves_the_return_issued() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("credit-early"), mqttHost, mqttPort)) {
      EventEnvelope accepted = deferredStoreCredit(store.store(), 1);
      ReturnId returnId = ((ReturnAccepted) accepted.payload()).returnId();
      EventEnvelope issued = issued(store.store(), 2, returnId, "SC-0000005678");
      store.publish(issued);
      await().atMost(WAIT).until(() -> store.acksFor(issued.eventId()).size() == 1);
      store.publish(accepted);
      await().atMost(WAIT).until(() -> store.acksFor(accepted.eventId()).size() == 1);

      assertThat(refundStatusColumn(returnId)).isEqualTo("ISSUED");
      assertThat(returnView(returnId).getString("refund.reference")).isEqualTo("SC-0000005678");
    }
  }

  /** A no-number store credit as the agent accepts it: refund DEFERRED, no reference. */
  private static EventEnvelope deferredStoreCredit(StoreId store, long sequence) {
    ReturnAccepted card = TestEvents.accepted(store, ReturnId.mint(Clock.systemUTC()));
    ReturnAccepted credit =
        new ReturnAccepted(
            card.returnId(),
            store,
            card.acceptedAt(),
            card.mode(),
            card.status(),
            card.request(),
            new Refund(
                RefundMethod.STORE_CREDIT, card.refund().amount(), RefundStatus.DEFERRED, null),
            List.of(
                new Decision(
                    "policy.store-credit.no-number-available",
                    DecisionEffect.DEFER,
                    "No store-credit number is left; the credit is issued when a block arrives")));
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        credit.acceptedAt(),
        Traceparent.random(),
        credit);
  }

  private static EventEnvelope issued(
      StoreId store, long sequence, ReturnId returnId, String number) {
    Instant at = Instant.now().plusMillis(5).truncatedTo(ChronoUnit.MILLIS);
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        sequence,
        at,
        Traceparent.random(),
        StoreCreditIssued.of(returnId, store, number, Money.of("49.99", "USD"), at));
  }

  /** The timeline without the process steps' attempts (those run on their own schedule). */
  private static List<Object> storeEntries(JsonPath view) {
    return view.getList("timeline.findAll { it.step != 'STEP_ATTEMPTED' }");
  }

  private static JsonPath returnView(ReturnId id) {
    return given().get("/api/v1/returns/" + id).then().statusCode(200).extract().jsonPath();
  }

  private String refundStatusColumn(ReturnId id) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT refund_status FROM returns WHERE return_id = ?")) {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getString(1) : null;
            }
          }
        });
  }

  private long count(String sql, ReturnId id) {
    return database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
