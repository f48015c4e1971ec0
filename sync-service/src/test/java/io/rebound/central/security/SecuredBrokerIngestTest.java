package io.rebound.central.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.security.MessageKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Central as user {@code rebound-central} behind the project's Mosquitto ACL: its shared
 * subscription, status reads, presence and acks all work, and a store's own credentials carry its
 * signed events end to end; another store's credentials cannot even reach central with them.
 */
@QuarkusTest
@TestProfile(SecuredBrokerIngestTest.Secured.class)
class SecuredBrokerIngestTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final StoreId STORE42 = StoreId.of("store42");
  private static final StoreId STORE43 = StoreId.of("store43");

  /** The secured broker (this profile's own resources). */
  public static class Secured implements QuarkusTestProfile {
    @Override
    public java.util.Map<String, String> getConfigOverrides() {
      return java.util.Map.of("quarkus.http.test-port", "0");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(SecuredBrokerResources.class));
    }
  }

  @Test
  void a_stores_signed_event_travels_through_the_project_acl_and_is_acked() {
    await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    MessageKey key = SignedIngestTest.issue(STORE42);
    try (FakeStore store =
        new FakeStore(
            STORE42,
            TestBroker.host(),
            TestBroker.port(),
            SecuredBrokerResources.USERS.get("store42"))) {
      EventEnvelope event = TestEvents.returnAccepted(STORE42, 1);
      store.publishSigned(event, key);
      Ack ack =
          await()
              .atMost(WAIT)
              .until(() -> store.lastAckFor(event.eventId()), Optional::isPresent)
              .get();
      assertThat(ack.outcome()).isEqualTo(AckOutcome.STORED);
    }
  }

  @Test
  void anonymous_is_refused_and_store42_credentials_cannot_publish_store43_events() {
    assertThatThrownBy(() -> new FakeStore(STORE43, TestBroker.host(), TestBroker.port()))
        .hasMessageContaining("NOT_AUTHORIZED");
    MessageKey key43 = SignedIngestTest.issue(STORE43);
    try (FakeStore as42 =
        new FakeStore(
            STORE43,
            TestBroker.host(),
            TestBroker.port(),
            "store42",
            SecuredBrokerResources.USERS.get("store42"))) {
      EventEnvelope event = TestEvents.returnAccepted(STORE43, 1);
      Throwable refused = catchThrowable(() -> as42.publishSigned(event, key43));
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(3))
          .until(() -> given().get("/api/v1/stores/store43").statusCode() == 404);
      assertThat(as42.acksFor(event.eventId())).isEmpty();
      assertThat(refused).isInstanceOf(Mqtt5PubAckException.class);
      assertThat(((Mqtt5PubAckException) refused).getMqttMessage().getReasonCode())
          .isEqualTo(Mqtt5PubAckReasonCode.NOT_AUTHORIZED);
      assertThat(Mqtt5PubAckReasonCode.NOT_AUTHORIZED.getCode()).isEqualTo(135);
    }
  }
}
