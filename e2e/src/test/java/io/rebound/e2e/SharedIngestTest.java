package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.AckCollector;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.StoreSimulator;
import io.rebound.protocols.envelope.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/** Central scales out: two instances on one shared subscription split the stream. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SharedIngestTest {
  private static final int STORES = 50;
  private static final int EVENTS_PER_STORE = 200;
  private static final int TOTAL = STORES * EVENTS_PER_STORE;

  private Rig rig;

  @BeforeEach
  void start(TestInfo info) {
    rig = Rig.start(info);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void two_central_instances_share_10000_events_from_50_stores_and_store_each_once()
      throws Exception {
    Central a = rig.central("central-a");
    Central b = rig.central("central-b");
    Set<String> published = new HashSet<>();
    try (AckCollector acks =
            AckCollector.subscribe(rig.broker.host(), rig.broker.port(), "e2e-ack-collector");
        StoreSimulator stores =
            StoreSimulator.connect(rig.broker.host(), rig.broker.port(), "e2e-store-simulator")) {
      List<CompletableFuture<?>> pubacks = new ArrayList<>();
      for (long seq = 1; seq <= EVENTS_PER_STORE; seq++) {
        for (int s = 1; s <= STORES; s++) {
          EventEnvelope event = StoreSimulator.event(storeId(s), seq);
          published.add(event.eventId().toString());
          pubacks.add(stores.publish(event));
        }
      }
      CompletableFuture.allOf(pubacks.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

      await("every event acknowledged")
          .atMost(Duration.ofSeconds(180))
          .pollInterval(Duration.ofSeconds(1))
          .until(acks::ackedCount, n -> n >= TOTAL);
      assertThat(acks.ackedEventIds()).isEqualTo(published);
      assertThat(acks.unreadable()).isZero();
    }

    assertThat(rig.centralDb.count("ingested_events")).isEqualTo(TOTAL);
    assertThat(rig.centralDb.count("returns")).isEqualTo(TOTAL);
    assertThat(rig.centralDb.duplicateEventIds()).isZero();
    Map<String, Long> perStore = rig.centralDb.ingestedPerStore();
    assertThat(perStore).hasSize(STORES).allSatisfy((id, n) -> assertThat(n).isEqualTo(200));
    for (int s = 1; s <= STORES; s++) {
      assertThat(rig.centralDb.sequences(storeId(s))).isEqualTo(Sequences.oneTo(EVENTS_PER_STORE));
    }
    double byA = a.ingested();
    double byB = b.ingested();
    assertThat(byA).as("central-a's share").isPositive();
    assertThat(byB).as("central-b's share").isPositive();
    assertThat(byA + byB).isGreaterThanOrEqualTo(TOTAL);
  }

  private static String storeId(int s) {
    return String.format("sim-store-%02d", s);
  }
}
