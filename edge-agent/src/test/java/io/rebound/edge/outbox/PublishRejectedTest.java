package io.rebound.edge.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.sync.testing.AclBroker;
import io.rebound.edge.sync.testing.AclBrokerProfile;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.Outbox;
import io.rebound.edge.sync.testing.Pos;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A broker that answers PUBACK 135 NOT_AUTHORIZED: a hard failure, never a delivery. */
@QuarkusTest
@TestProfile(AclBrokerProfile.class)
class PublishRejectedTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject ReadPool reads;
  @Inject MqttConnection connection;
  @Inject MeterRegistry registry;

  @Test
  void rejected_publish_is_counted_kept_pending_and_retried_with_backoff_until_accepted() {
    AclBroker broker = AclBrokerProfile.broker();
    Outbox outbox = new Outbox(reads);
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
    try (FakeCentral central = FakeCentral.start(broker.host(), broker.port(), true)) {
      String returnId = Pos.acceptReturn();

      await().atMost(WAIT).until(() -> notAuthorized() >= 1);
      assertThat(outbox.row(returnId).state()).isEqualTo("PENDING");
      // backoff: a tight retry loop would reject hundreds of times in two seconds
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(3))
          .until(() -> notAuthorized() < 15);
      assertThat(central.received()).isEmpty();

      broker.allowEvents();

      await().atMost(WAIT).until(() -> outbox.row(returnId).state().equals("ACKED"));
      assertThat(central.received()).isNotEmpty();
    }
  }

  private double notAuthorized() {
    Counter c =
        registry.find("rebound.mqtt.publish.failures").tag("reason", "NOT_AUTHORIZED").counter();
    return c == null ? 0 : c.count();
  }
}
