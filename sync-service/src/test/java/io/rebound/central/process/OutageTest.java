package io.rebound.central.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.presence.PaymentGatewayHealth;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.PresenceWatcher;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnStatus;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payment gateway or the ERP down: work is held, nothing is lost, the backlog drains in order.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class OutageTest {
  private static final Duration WAIT = Duration.ofSeconds(40);

  @Inject
  @Identifier("scripted")
  ScriptedGateway gateway;

  @Inject
  @Identifier("scripted")
  ScriptedErp erp;

  @Inject PaymentGatewayHealth health;
  @Inject MqttConnection mqtt;
  @Inject CircuitBreakerMaintenance breakers;
  @Inject Database database;

  private static FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }

  /** {@code n} returns accepted one second apart, oldest first. */
  private static List<ReturnAccepted> returns(
      FakeStore store, int n, RefundMethod method, RefundStatus refund) {
    Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(n);
    List<ReturnAccepted> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          ProcessEvents.accepted(
              store.store(), ReturnStatus.ACCEPTED, method, refund, first.plusSeconds(i)));
    }
    return out;
  }

  private long attemptsOf(ReturnId id, StepKind kind) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM process_attempts a JOIN process_steps s"
                      + " ON s.id = a.step_id WHERE s.return_id = ? AND s.kind = ?")) {
            ps.setObject(1, id.value());
            ps.setString(2, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  @Test
  void gateway_down_holds_refunds_opens_the_circuit_tells_the_stores_and_drains_in_order() {
    gateway.down(true);
    try (FakeStore store = store("gw-down");
        PresenceWatcher watcher = new PresenceWatcher()) {
      List<ReturnAccepted> held = returns(store, 3, RefundMethod.CARD, RefundStatus.DEFERRED);
      for (int i = 0; i < held.size(); i++) {
        store.publish(ProcessEvents.event(store.store(), i + 1, held.get(i)));
      }

      await()
          .atMost(WAIT)
          .until(() -> breakers.currentState("payment-gateway") == CircuitBreakerState.OPEN);
      assertThat(health.current()).isEqualTo(GatewayHealth.DOWN);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  watcher.of(mqtt.clientId()).stream()
                      .anyMatch(s -> s.paymentGateway() == GatewayHealth.DOWN));
      // the credit notes wait for their refunds (and the stock returns behind them, in order);
      // a refund may be IN_PROGRESS: the half-open circuit's probe, which the gateway refuses too
      for (ReturnAccepted r : held) {
        assertThat(ProcessApi.state(r.returnId(), StepKind.REFUND))
            .isIn("PENDING", "RETRY_WAIT", "IN_PROGRESS");
        assertThat(ProcessApi.state(r.returnId(), StepKind.CREDIT_NOTE))
            .isEqualTo("AWAITING_REFUND");
        assertThat(ProcessApi.state(r.returnId(), StepKind.STOCK_RETURN)).isEqualTo("PENDING");
        assertThat(gateway.refundsCreated(r.returnId())).isZero();
        assertThat(erp.createdFor(r.returnId())).isEmpty();
      }
      // the youngest refund was held behind the open circuit: never attempted
      assertThat(attemptsOf(held.get(2).returnId(), StepKind.REFUND)).isZero();

      gateway.down(false);

      for (ReturnAccepted r : held) {
        await()
            .atMost(WAIT)
            .until(() -> "SUCCEEDED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));
        assertThat(gateway.refundsCreated(r.returnId())).isEqualTo(1);
      }
      // once refunded, each return is booked: credit note, then stock return
      for (ReturnAccepted r : held) {
        await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
        assertThat(erp.createdFor(r.returnId()))
            .containsExactly(
                ErpReference.creditNote(r.returnId()), ErpReference.stockReturn(r.returnId()));
      }
      List<ReturnId> ids = held.stream().map(ReturnAccepted::returnId).toList();
      assertThat(gateway.refundOrder().stream().filter(ids::contains).toList())
          .containsExactlyElementsOf(ids);
      await().atMost(WAIT).until(() -> health.current() == GatewayHealth.HEALTHY);
      await()
          .atMost(WAIT)
          .until(
              () -> {
                var seen = watcher.of(mqtt.clientId());
                return seen.get(seen.size() - 1).paymentGateway() == GatewayHealth.HEALTHY;
              });
    } finally {
      gateway.down(false);
    }
  }

  @Test
  void erp_down_postings_wait_and_drain_in_order_per_return() {
    erp.down(true);
    try (FakeStore store = store("erp-down")) {
      List<ReturnAccepted> waiting = returns(store, 2, RefundMethod.CASH, RefundStatus.ISSUED);
      for (int i = 0; i < waiting.size(); i++) {
        store.publish(ProcessEvents.event(store.store(), i + 1, waiting.get(i)));
      }
      ReturnId first = waiting.get(0).returnId();
      await().atMost(WAIT).until(() -> breakers.currentState("erp") == CircuitBreakerState.OPEN);
      await().atMost(WAIT).until(() -> attemptsOf(first, StepKind.CREDIT_NOTE) >= 1);
      // the stock return waits behind its credit note: not even attempted
      for (ReturnAccepted r : waiting) {
        assertThat(attemptsOf(r.returnId(), StepKind.STOCK_RETURN)).isZero();
        assertThat(ProcessApi.state(r.returnId(), StepKind.CREDIT_NOTE))
            .isIn("PENDING", "RETRY_WAIT", "IN_PROGRESS");
      }

      erp.down(false);

      for (ReturnAccepted r : waiting) {
        await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
        assertThat(erp.createdFor(r.returnId()))
            .containsExactly(
                ErpReference.creditNote(r.returnId()), ErpReference.stockReturn(r.returnId()));
      }
      await().atMost(WAIT).until(() -> breakers.currentState("erp") == CircuitBreakerState.CLOSED);
    } finally {
      erp.down(false);
    }
  }
}
