package io.rebound.e2e.harness;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.UpstreamMode;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes valid {@code return.accepted} envelopes straight to the broker, as many simulated
 * stores would: MQTT 5, QoS 1, one plain HiveMQ client.
 */
public final class StoreSimulator implements AutoCloseable {
  private static final Clock CLOCK = Clock.systemUTC();

  private final Mqtt5AsyncClient client;

  private StoreSimulator(Mqtt5AsyncClient client) {
    this.client = client;
  }

  public static StoreSimulator connect(String host, int port, String clientId) {
    Mqtt5AsyncClient client =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier(clientId)
            .serverHost(host)
            .serverPort(port)
            .buildAsync();
    try {
      client.connectWith().cleanStart(true).send().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new HarnessException("simulator cannot connect to " + host + ":" + port, e);
    }
    return new StoreSimulator(client);
  }

  /** A valid envelope for {@code storeId} at {@code sequence}, carrying a fresh return. */
  public static EventEnvelope event(String storeId, long sequence) {
    StoreId store = StoreId.of(storeId);
    ReturnRequest request = ReturnBodies.cardReturn((int) sequence);
    ReturnAccepted payload =
        new ReturnAccepted(
            ReturnId.mint(CLOCK),
            store,
            Instant.now(),
            UpstreamMode.ONLINE,
            ReturnStatus.ACCEPTED,
            request,
            new Refund(RefundMethod.CARD, request.total(), RefundStatus.DEFERRED, null),
            List.of(
                new Decision(
                    "refund.deferred-to-central",
                    DecisionEffect.DEFER,
                    "Refund decided centrally")));
    return EventEnvelope.of(
        EventId.mint(CLOCK), store, sequence, Instant.now(), Traceparent.random(), payload);
  }

  /** Publishes on the store's events topic at QoS 1; completes on PUBACK. */
  public CompletableFuture<Mqtt5PublishResult> publish(EventEnvelope envelope) {
    return client
        .publishWith()
        .topic(StoreTopic.of(envelope.storeId(), TopicKind.EVENTS).name())
        .qos(MqttQos.AT_LEAST_ONCE)
        .payload(ProtocolJson.toBytes(envelope))
        .send();
  }

  /** Publishes any bytes on any topic at QoS 1 (for raw broker measurements). */
  public CompletableFuture<Mqtt5PublishResult> publishRaw(String topic, byte[] payload) {
    return client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
  }

  @Override
  public void close() {
    try {
      client.disconnect().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new HarnessException("simulator disconnect failed", e);
    }
  }
}
