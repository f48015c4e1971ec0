package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import java.time.Instant;

/**
 * Every message a store publishes on {@code rebound/v1/stores/{storeId}/events}.
 *
 * <p>Contract: {@code eventId} is unique forever and is central's deduplication key; {@code
 * sequence} starts at 1 per store and increases by exactly 1 per event, so central can detect gaps;
 * {@code type} selects the payload schema; {@code storeId} equals the topic's store id and the
 * payload's. The record checks the payload's type and store id; central additionally checks the
 * topic's store id ({@link io.rebound.protocols.topics.StoreTopic#parse}).
 */
public record EventEnvelope(
    EventId eventId,
    StoreId storeId,
    long sequence,
    EventType type,
    SchemaVersion schemaVersion,
    Instant occurredAt,
    Traceparent traceparent,
    EventPayload payload) {

  public EventEnvelope {
    Checks.required(eventId, "eventId");
    Checks.required(storeId, "storeId");
    if (sequence < 1) {
      throw new InvalidMessageException("sequence", "min", "must be at least 1");
    }
    Checks.required(type, "type");
    Checks.required(schemaVersion, "schemaVersion");
    Checks.required(occurredAt, "occurredAt");
    Checks.required(traceparent, "traceparent");
    Checks.required(payload, "payload");
    if (!type.payloadType().isInstance(payload)) {
      throw new InvalidMessageException(
          "payload", "matches-type", "is not a " + type.wireName() + " payload");
    }
    if (!payload.payloadStoreId().equals(storeId)) {
      throw new InvalidMessageException(
          "payload.storeId",
          "same-store",
          "'"
              + payload.payloadStoreId()
              + "' differs from the envelope's storeId '"
              + storeId
              + "'");
    }
  }

  /** An envelope at the current schema version. */
  public static EventEnvelope of(
      EventId eventId,
      StoreId storeId,
      long sequence,
      Instant occurredAt,
      Traceparent traceparent,
      EventPayload payload) {
    return new EventEnvelope(
        eventId,
        storeId,
        sequence,
        EventType.of(payload),
        SchemaVersion.CURRENT,
        occurredAt,
        traceparent,
        payload);
  }
}
