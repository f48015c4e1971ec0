package io.rebound.central.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.envelope.SchemaVersion;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.schema.MessageSchemas;
import io.rebound.protocols.security.CardNumbers;
import io.rebound.protocols.topics.StoreTopic;
import java.util.Optional;

/**
 * Turns raw MQTT messages into {@link Decoded} values. Events are checked in this order: JSON
 * syntax, no card number anywhere (rule {@code card-number-forbidden}), schema major and event type
 * (so an unknown major or type is reported as such, not as a schema mismatch), JSON Schema of
 * envelope and payload, decoding into the records (which check payload store = envelope store), and
 * finally envelope store = topic store. Nothing here throws for any input.
 */
public final class MessageDecoder {
  private MessageDecoder() {}

  public static Decoded decode(InboundMessage message) {
    StoreTopic topic;
    try {
      topic = StoreTopic.parse(message.topic());
    } catch (InvalidMessageException e) {
      return poison(message, e, Optional.empty(), null);
    }
    return switch (topic.kind()) {
      case EVENTS -> decodeEvent(message, topic.storeId());
      case STATUS -> decodeStatus(message, topic.storeId());
      case ACKS, COMMANDS, REQUESTS, RESPONSES -> new Decoded.Ignored(message);
    };
  }

  private static Decoded decodeEvent(InboundMessage message, StoreId topicStore) {
    JsonNode tree = null;
    try {
      tree = ProtocolJson.parseTree(message.payload());
      CardNumbers.requireNoneIn(tree);
      JsonNode version = tree.path("schemaVersion");
      if (version.isTextual()) {
        SchemaVersion.parse(version.asText()).requireSupported();
      }
      JsonNode type = tree.path("type");
      if (type.isTextual()) {
        EventType.ofWireName(type.asText());
      }
      MessageSchemas.instance().validateEvent(tree);
      EventEnvelope envelope = ProtocolJson.decode(tree, EventEnvelope.class);
      if (!envelope.storeId().equals(topicStore)) {
        throw new InvalidMessageException(
            "storeId",
            "topic-store",
            "'" + envelope.storeId() + "' differs from the topic's store '" + topicStore + "'");
      }
      return new Decoded.Event(message, envelope);
    } catch (InvalidMessageException e) {
      return poison(message, e, Optional.of(topicStore), tree);
    } catch (RuntimeException e) {
      InvalidMessageException unreadable =
          new InvalidMessageException("", "unreadable", "cannot be read: " + e);
      return poison(message, unreadable, Optional.of(topicStore), tree);
    }
  }

  private static Decoded decodeStatus(InboundMessage message, StoreId topicStore) {
    try {
      CardNumbers.requireNoneIn(ProtocolJson.parseTree(message.payload()));
      StoreStatus status = ProtocolJson.decode(message.payload(), StoreStatus.class);
      if (!status.storeId().equals(topicStore)) {
        throw new InvalidMessageException(
            "storeId",
            "topic-store",
            "'" + status.storeId() + "' differs from the topic's store '" + topicStore + "'");
      }
      return new Decoded.Status(message, status);
    } catch (InvalidMessageException e) {
      return poison(message, e, Optional.of(topicStore), null);
    } catch (RuntimeException e) {
      InvalidMessageException unreadable =
          new InvalidMessageException("", "unreadable", "cannot be read: " + e);
      return poison(message, unreadable, Optional.of(topicStore), null);
    }
  }

  private static Decoded.Poison poison(
      InboundMessage message, InvalidMessageException e, Optional<StoreId> store, JsonNode tree) {
    return new Decoded.Poison(
        message, e.getMessage(), e.rule(), e.field(), store, eventId(tree), sequence(tree));
  }

  private static Optional<EventId> eventId(JsonNode tree) {
    if (tree == null || !tree.path("eventId").isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(EventId.parse(tree.path("eventId").asText()));
    } catch (InvalidMessageException e) {
      return Optional.empty();
    }
  }

  private static long sequence(JsonNode tree) {
    if (tree == null) {
      return 0;
    }
    JsonNode seq = tree.path("sequence");
    return seq.isIntegralNumber() && seq.canConvertToLong() && seq.asLong() > 0 ? seq.asLong() : 0;
  }
}
