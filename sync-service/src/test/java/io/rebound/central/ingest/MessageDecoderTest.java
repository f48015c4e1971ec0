package io.rebound.central.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.central.testing.Poisons;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageDecoderTest {
  private static final StoreId STORE = StoreId.of("store-a");
  private static final StoreId OTHER = StoreId.of("store-b");
  private static final String EVENTS = "rebound/v1/stores/store-a/events";

  private static InboundMessage message(String topic, byte[] payload) {
    return new InboundMessage(topic, payload, false, Instant.now(), () -> {});
  }

  private static Decoded.Poison poison(String topic, byte[] payload) {
    Decoded d = MessageDecoder.decode(message(topic, payload));
    assertThat(d).isInstanceOf(Decoded.Poison.class);
    return (Decoded.Poison) d;
  }

  @Test
  void valid_event_on_its_store_topic_decodes() {
    EventEnvelope event = TestEvents.returnAccepted(STORE, 7);
    Decoded d = MessageDecoder.decode(message(EVENTS, ProtocolJson.toBytes(event)));
    assertThat(d).isEqualTo(new Decoded.Event(((Decoded.Event) d).source(), event));
  }

  @Test
  void unparseable_json_is_poison_without_event_id() {
    Decoded.Poison p = poison(EVENTS, Poisons.notJson());
    assertThat(p.rule()).isEqualTo("json-syntax");
    assertThat(p.eventId()).isEmpty();
    assertThat(p.ackable()).isFalse();
    assertThat(p.storeId()).contains(STORE);
  }

  @Test
  void schema_violation_names_the_field_and_keeps_the_event_id_for_the_ack() {
    EventEnvelope event = TestEvents.returnAccepted(STORE, 3);
    Decoded.Poison p = poison(EVENTS, Poisons.schemaViolation(event));
    assertThat(p.rule()).startsWith("schema");
    assertThat(p.field()).isEqualTo("sequence");
    assertThat(p.eventId()).contains(event.eventId());
    assertThat(p.ackable()).isTrue();
  }

  @Test
  void unknown_schema_major_is_rejected_as_such() {
    EventEnvelope event = TestEvents.returnAccepted(STORE, 3);
    Decoded.Poison p = poison(EVENTS, Poisons.unknownMajor(event));
    assertThat(p.rule()).isEqualTo("supported-major");
    assertThat(p.reason()).contains("2.0").contains("1.0");
    assertThat(p.sequence()).isEqualTo(3);
  }

  @Test
  void envelope_store_must_equal_topic_store() {
    EventEnvelope event = TestEvents.returnAccepted(OTHER, 1);
    Decoded.Poison p = poison(EVENTS, ProtocolJson.toBytes(event));
    assertThat(p.rule()).isEqualTo("topic-store");
    assertThat(p.field()).isEqualTo("storeId");
    assertThat(p.storeId()).contains(STORE);
  }

  @Test
  void payload_store_must_equal_envelope_store() {
    EventEnvelope event = TestEvents.returnAccepted(STORE, 1);
    Decoded.Poison p = poison(EVENTS, Poisons.payloadStore(event, OTHER));
    assertThat(p.rule()).isEqualTo("same-store");
    assertThat(p.field()).isEqualTo("payload.storeId");
  }

  @Test
  void unknown_event_type_is_poison_naming_type() {
    EventEnvelope event = TestEvents.returnAccepted(STORE, 1);
    Decoded.Poison p = poison(EVENTS, Poisons.unknownType(event));
    assertThat(p.field()).isEqualTo("type");
    assertThat(p.rule()).isEqualTo("known-event-type");
    assertThat(p.reason()).contains("return.exploded");
  }

  @Test
  void status_of_another_store_is_poison() {
    StoreStatus status =
        new StoreStatus(OTHER, ConnectionState.ONLINE, Instant.now(), Instant.now(), "1", 0, 0);
    Decoded.Poison p = poison("rebound/v1/stores/store-a/status", ProtocolJson.toBytes(status));
    assertThat(p.rule()).isEqualTo("topic-store");
  }

  @Test
  void topic_with_invalid_store_level_is_poison_without_store() {
    Decoded.Poison p =
        poison("rebound/v1/stores/NOT_A_STORE/events", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(p.storeId()).isEmpty();
    assertThat(p.ackable()).isFalse();
  }

  @Test
  void acks_and_commands_topics_are_ignored() {
    Decoded d = MessageDecoder.decode(message("rebound/v1/stores/store-a/acks", new byte[] {1}));
    assertThat(d).isInstanceOf(Decoded.Ignored.class);
  }
}
