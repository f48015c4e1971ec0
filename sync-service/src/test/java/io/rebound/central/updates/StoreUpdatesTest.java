package io.rebound.central.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.mqtt.MqttState;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.ProcessEvents;
import io.rebound.central.process.ScriptedGateway;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeRequester;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import io.rebound.protocols.requests.RequestContentTypes;
import io.rebound.protocols.requests.ReturnUpdate;
import io.rebound.protocols.requests.ReturnUpdates;
import io.rebound.protocols.requests.ReturnUpdatesRequest;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.schema.MessageKind;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Central tells each store how its returns' refunds and ERP postings ended: one update-log entry
 * per final step state, written with it, numbered per store in commit order, paged to the store
 * over MQTT 5 request/response.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class StoreUpdatesTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject MqttConnection mqtt;
  @Inject Database database;

  @Inject
  @Identifier("scripted")
  ScriptedGateway gateway;

  @BeforeEach
  void subscribed() {
    await().atMost(WAIT).until(() -> mqtt.state() == MqttState.SUBSCRIBED);
  }

  @Test
  void each_final_step_writes_exactly_one_update_and_the_store_pages_them_by_cursor() {
    try (FakeStore store = store("settle-page");
        FakeRequester requester = new FakeRequester(store.store())) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      store.publish(ProcessEvents.event(store.store(), 1, r));
      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));

      assertThat(updatesPerFinalStep(store.store())).isEqualTo(new long[] {3, 3, 1});

      ReturnUpdates first = ask(requester, 0, 2);
      assertThat(first.updates()).extracting(ReturnUpdate::seq).containsExactly(1L, 2L);
      assertThat(first.last()).isEqualTo(2);
      assertThat(first.more()).isTrue();
      ReturnUpdates rest = ask(requester, first.last(), 2);
      assertThat(rest.updates()).extracting(ReturnUpdate::seq).containsExactly(3L);
      assertThat(rest.more()).isFalse();
      ReturnUpdates none = ask(requester, rest.last(), 2);
      assertThat(none.updates()).isEmpty();
      assertThat(none.last()).isEqualTo(3);
      // asking with a cursor acknowledges everything up to it; a stale cursor lowers nothing
      assertThat(acknowledged(store.store())).isEqualTo(3);
      ask(requester, 1, 2);
      assertThat(acknowledged(store.store())).isEqualTo(3);

      var all = new java.util.ArrayList<>(first.updates());
      all.addAll(rest.updates());
      assertThat(all).allMatch(u -> u.returnId().equals(r.returnId()));
      assertThat(all).extracting(ReturnUpdate::state).containsOnly(OutcomeState.SUCCEEDED);
      // postings follow the refund's own order: the ERP ones credit note, then stock return
      assertThat(all)
          .extracting(ReturnUpdate::kind)
          .containsExactlyInAnyOrder(
              OutcomeKind.REFUND, OutcomeKind.CREDIT_NOTE, OutcomeKind.STOCK_RETURN);
      assertThat(all.stream().filter(u -> u.kind() != OutcomeKind.REFUND).map(ReturnUpdate::kind))
          .containsExactly(OutcomeKind.CREDIT_NOTE, OutcomeKind.STOCK_RETURN);
      ReturnUpdate refund =
          all.stream().filter(u -> u.kind() == OutcomeKind.REFUND).findFirst().orElseThrow();
      assertThat(refund.reference()).startsWith("re_scripted_");
      assertThat(refund.amount()).isEqualTo(Money.of("49.99", "USD"));
    }
  }

  @Test
  void a_declined_refund_tells_the_store_the_gateways_reason_and_that_its_credit_note_is_held() {
    try (FakeStore store = store("settle-decline");
        FakeRequester requester = new FakeRequester(store.store())) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      gateway.script(r.returnId(), ScriptedGateway.Behaviour.DECLINE);
      store.publish(ProcessEvents.event(store.store(), 1, r));
      await()
          .atMost(WAIT)
          .until(() -> "DECLINED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));

      ReturnUpdates page = ask(requester, 0, 100);
      ReturnUpdate refund =
          page.updates().stream()
              .filter(u -> u.kind() == OutcomeKind.REFUND)
              .findFirst()
              .orElseThrow();
      assertThat(refund.state()).isEqualTo(OutcomeState.DECLINED);
      assertThat(refund.detail()).contains("expired_card");
      // the credit note held behind the declined refund is reported in the same transaction
      ReturnUpdate creditNote =
          page.updates().stream()
              .filter(u -> u.kind() == OutcomeKind.CREDIT_NOTE)
              .findFirst()
              .orElseThrow();
      assertThat(creditNote.state()).isEqualTo(OutcomeState.DEAD_LETTERED);
      assertThat(creditNote.detail())
          .contains("expired_card")
          .contains("process.credit-note.refund-declined");
      assertThat(creditNote.seq()).isEqualTo(refund.seq() + 1);
    }
  }

  @Test
  void a_refund_the_gateway_rejects_dead_letters_and_the_store_is_told_why() {
    try (FakeStore store = store("settle-reject");
        FakeRequester requester = new FakeRequester(store.store())) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      gateway.script(r.returnId(), ScriptedGateway.Behaviour.REJECT);
      store.publish(ProcessEvents.event(store.store(), 1, r));
      await()
          .atMost(WAIT)
          .until(() -> "DEAD_LETTERED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));

      ReturnUpdate refund =
          ask(requester, 0, 100).updates().stream()
              .filter(u -> u.kind() == OutcomeKind.REFUND)
              .findFirst()
              .orElseThrow();
      assertThat(refund.state()).isEqualTo(OutcomeState.DEAD_LETTERED);
      assertThat(refund.detail()).isNotBlank();
      assertThat(refund.amount()).isEqualTo(Money.of("49.99", "USD"));
    }
  }

  @Test
  void a_late_committing_append_holds_back_the_next_seq_of_its_store_only() throws Exception {
    StoreId store = TestEvents.newStore("settle-lock");
    StoreId other = TestEvents.newStore("settle-other");
    long step = anyStepId(TestEvents.newStore("settle-steps"));
    CountDownLatch appended = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Long> slow =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return database.inTransaction(
                    c -> {
                      long seq = StoreUpdateLog.append(c, entry(store, step));
                      appended.countDown();
                      awaitQuietly(release);
                      return seq;
                    });
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(appended.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

    // another store is not held up; this store's next entry waits for the open one's commit
    assertThat(appendNow(other, step)).isEqualTo(1L);
    assertThatThrownBy(
            () ->
                database.inTransaction(
                    c -> {
                      try (Statement s = c.createStatement()) {
                        s.execute("SET LOCAL lock_timeout = '300ms'");
                      }
                      return StoreUpdateLog.append(c, entry(store, step));
                    }))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("lock");
    assertThat(database.read(c -> StoreUpdateLog.page(c, store, 0, 10)).updates()).isEmpty();

    release.countDown();
    assertThat(slow.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(appendNow(store, step)).isEqualTo(2L);
    assertThat(database.read(c -> StoreUpdateLog.page(c, store, 0, 10)).updates())
        .extracting(ReturnUpdate::seq)
        .containsExactly(1L, 2L);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long acknowledged(StoreId store) {
    return database.read(c -> StoreUpdateLog.acknowledged(c, store));
  }

  private long appendNow(StoreId store, long step) throws SQLException {
    return database.inTransaction(c -> StoreUpdateLog.append(c, entry(store, step)));
  }

  private static FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }

  private static ReturnUpdates ask(FakeRequester requester, long after, int limit) {
    String correlation =
        requester.request(
            MessageKind.RETURN_UPDATES_REQUEST,
            ReturnUpdatesRequest.of(requester.store(), after, limit));
    await()
        .atMost(WAIT)
        .until(() -> requester.answer(correlation, ReturnUpdates.class).isPresent());
    assertThat(requester.contentType(correlation))
        .contains(RequestContentTypes.of(MessageKind.RETURN_UPDATES));
    ReturnUpdates page = requester.answer(correlation, ReturnUpdates.class).orElseThrow();
    assertThat(page.storeId()).isEqualTo(requester.store());
    return page;
  }

  /** {final steps of the store, update rows of the store, most rows for one step}. */
  private long[] updatesPerFinalStep(StoreId store) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT (SELECT count(*) FROM process_steps WHERE store_id = ?"
                      + "   AND state IN ('SUCCEEDED', 'DECLINED', 'DEAD_LETTERED')),"
                      + " (SELECT count(*) FROM store_updates WHERE store_id = ?),"
                      + " (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM store_updates"
                      + "   WHERE store_id = ? GROUP BY step_id) per_step)")) {
            for (int i = 1; i <= 3; i++) {
              ps.setString(i, store.value());
            }
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
          }
        });
  }

  /** A real step row to reference (the log's step_id is a foreign key). */
  private long anyStepId(StoreId store) {
    try (FakeStore s = new FakeStore(store, TestBroker.host(), TestBroker.port())) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store);
      s.publish(ProcessEvents.event(store, 1, r));
      await().atMost(WAIT).until(() -> !ProcessApi.kinds(r.returnId()).isEmpty());
    }
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT min(id) FROM process_steps WHERE store_id = ?")) {
            ps.setString(1, store.value());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private static StoreUpdateLog.Entry entry(StoreId store, long step) {
    return new StoreUpdateLog.Entry(
        store,
        io.rebound.protocols.ids.ReturnId.mint(java.time.Clock.systemUTC()),
        step,
        OutcomeKind.CREDIT_NOTE,
        OutcomeState.SUCCEEDED,
        "CN-1",
        null,
        Instant.now());
  }
}
