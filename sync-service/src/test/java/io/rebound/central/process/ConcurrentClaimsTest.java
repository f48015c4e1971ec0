package io.rebound.central.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.process.engine.ProcessLane;
import io.rebound.central.process.engine.ProcessWorker;
import io.rebound.central.process.model.StepKind.ExternalSystem;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.returns.ReturnAccepted;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Several claimers — the application's own lanes plus lanes playing three more central instances,
 * each on its own thread — work one backlog: every step is attempted exactly once.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class ConcurrentClaimsTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int RETURNS = 40;

  @Inject
  @Identifier("scripted")
  ScriptedGateway gateway;

  @Inject
  @Identifier("scripted")
  ScriptedErp erp;

  @Inject ProcessWorker worker;
  @Inject Database database;

  @Test
  void concurrent_instances_never_run_the_same_step_twice() throws Exception {
    List<ReturnAccepted> returns = new ArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    Map<String, Throwable> failures = new ConcurrentHashMap<>();
    List<Thread> instances = new ArrayList<>();
    for (String instance : List.of("instance-b", "instance-c", "instance-d")) {
      for (ExternalSystem system : ExternalSystem.values()) {
        ProcessLane lane = worker.lane(system, instance);
        Thread t =
            new Thread(
                () -> {
                  while (!stop.get()) {
                    try {
                      lane.runOnce();
                    } catch (Exception | AssertionError e) {
                      failures.put(instance + "/" + system, e);
                    }
                  }
                },
                "test-" + instance + "-" + system);
        instances.add(t);
        t.start();
      }
    }
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("claims"), TestBroker.host(), TestBroker.port())) {
      for (int i = 0; i < RETURNS; i++) {
        ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
        returns.add(r);
        store.publish(ProcessEvents.event(store.store(), i + 1, r));
      }

      for (ReturnAccepted r : returns) {
        await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
      }
    } finally {
      stop.set(true);
      for (Thread t : instances) {
        t.join(Duration.ofSeconds(20).toMillis());
      }
    }

    assertThat(failures).isEmpty();
    for (ReturnAccepted r : returns) {
      assertThat(gateway.callsFor(r.returnId()))
          .extracting(ScriptedGateway.Call::operation)
          .containsExactly("refund", "created");
      assertThat(erp.creations(ErpReference.creditNote(r.returnId()))).isEqualTo(1);
      assertThat(erp.creations(ErpReference.stockReturn(r.returnId()))).isEqualTo(1);
    }
    List<String> claimers = attemptsPerStep(returns);
    assertThat(claimers).hasSize(RETURNS * 3);
    // the work really was shared: more than one claimer made attempts
    assertThat(claimers.stream().distinct().count()).isGreaterThan(1);
  }

  /** The instance of each attempt of the returns' steps; fails if a step has more than one. */
  private List<String> attemptsPerStep(List<ReturnAccepted> returns) {
    return database.read(
        c -> {
          List<String> instances = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT s.id, count(a.id), min(a.instance) FROM process_steps s"
                      + " JOIN process_attempts a ON a.step_id = s.id WHERE s.return_id = ?"
                      + " GROUP BY s.id")) {
            for (ReturnAccepted r : returns) {
              ps.setObject(1, r.returnId().value());
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  assertThat(rs.getLong(2)).as("attempts of step %d", rs.getLong(1)).isEqualTo(1);
                  instances.add(rs.getString(3));
                }
              }
            }
          }
          return instances;
        });
  }
}
