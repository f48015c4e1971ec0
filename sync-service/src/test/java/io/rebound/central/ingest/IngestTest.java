package io.rebound.central.ingest;

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
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class IngestTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject Database database;

  private final int mqttPort = TestBroker.port();

  private final String mqttHost = TestBroker.host();

  @Test
  void published_event_is_stored_once_and_acked_stored() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("ingest"), mqttHost, mqttPort)) {
      EventEnvelope event = TestEvents.returnAccepted(store.store(), 1);
      store.publish(event);

      Ack ack =
          await()
              .atMost(WAIT)
              .until(() -> store.lastAckFor(event.eventId()), o -> o.isPresent())
              .get();
      assertThat(ack.outcome()).isEqualTo(AckOutcome.STORED);
      assertThat(ack.sequence()).isEqualTo(1);
      CentralDb db = new CentralDb(database);
      assertThat(db.returnsOfEvent(event.eventId())).isEqualTo(1);
      assertThat(db.ingestedEvents(event.eventId())).isEqualTo(1);
    }
  }

  @Test
  void redelivered_event_is_acked_duplicate_and_stored_once() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("dup"), mqttHost, mqttPort)) {
      EventEnvelope event = TestEvents.returnAccepted(store.store(), 1);
      store.publish(event);
      await().atMost(WAIT).until(() -> store.acksFor(event.eventId()).size() == 1);

      store.publish(event);

      await().atMost(WAIT).until(() -> store.acksFor(event.eventId()).size() == 2);
      assertThat(store.acksFor(event.eventId()))
          .extracting(Ack::outcome)
          .containsExactly(AckOutcome.STORED, AckOutcome.DUPLICATE);
      assertThat(new CentralDb(database).returnsOfEvent(event.eventId())).isEqualTo(1);
    }
  }

  @Test
  void acks_of_a_burst_arrive_in_sequence_order() {
    try (FakeStore store = new FakeStore(TestEvents.newStore("batch"), mqttHost, mqttPort)) {
      for (int seq = 1; seq <= 50; seq++) {
        store.publish(TestEvents.returnAccepted(store.store(), seq));
      }

      await().atMost(WAIT).until(() -> store.acks().size() == 50);
      assertThat(store.acks()).extracting(Ack::outcome).containsOnly(AckOutcome.STORED);
      assertThat(store.acks())
          .extracting(Ack::sequence)
          .containsExactlyElementsOf(
              java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
      assertThat(new CentralDb(database).storedSequences(store.store())).hasSize(50);
    }
  }
}
