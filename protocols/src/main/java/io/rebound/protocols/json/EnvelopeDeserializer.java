package io.rebound.protocols.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.EventPayload;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.envelope.SchemaVersion;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads an envelope in a fixed order: schema version first (an unknown major is rejected before
 * anything else is interpreted), then the type, then the payload as that type's record.
 */
final class EnvelopeDeserializer extends JsonDeserializer<EventEnvelope> {

  @Override
  public EventEnvelope deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    if (node == null || !node.isObject()) {
      throw new InvalidMessageException("", "type", "envelope must be a JSON object");
    }
    SchemaVersion version = SchemaVersion.parse(text(node, "schemaVersion")).requireSupported();
    EventType type = EventType.ofWireName(text(node, "type"));
    EventId eventId = EventId.parse(text(node, "eventId"));
    StoreId storeId = StoreId.of(text(node, "storeId"));
    JsonNode seq = node.get("sequence");
    if (seq == null || seq.isNull()) {
      throw new InvalidMessageException("sequence", "required", "is required");
    }
    if (!seq.isNumber()) {
      throw new InvalidMessageException("sequence", "type", "must be an integer");
    }
    long sequence;
    try {
      sequence = IntegralDeserializer.exact(seq.decimalValue(), Long.MIN_VALUE, Long.MAX_VALUE);
    } catch (InvalidMessageException e) {
      throw e.under("sequence");
    }
    Instant occurredAt;
    try {
      occurredAt = ProtocolModule.instant(text(node, "occurredAt"));
    } catch (InvalidMessageException e) {
      throw e.under("occurredAt");
    }
    Traceparent traceparent = Traceparent.parse(text(node, "traceparent"));
    JsonNode payloadNode = node.get("payload");
    if (payloadNode == null || payloadNode.isNull()) {
      throw new InvalidMessageException("payload", "required", "is required");
    }
    if (!payloadNode.isObject()) {
      throw new InvalidMessageException("payload", "type", "must be an object");
    }
    EventPayload payload;
    try {
      payload = ctxt.readTreeAsValue(payloadNode, type.payloadType());
    } catch (IOException | IllegalArgumentException e) {
      throw JsonErrors.translate(e).under("payload");
    }
    return new EventEnvelope(
        eventId, storeId, sequence, type, version, occurredAt, traceparent, payload);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new InvalidMessageException(field, "required", "is required");
    }
    if (!v.isTextual()) {
      throw new InvalidMessageException(field, "type", "must be a string");
    }
    return v.asText();
  }
}
