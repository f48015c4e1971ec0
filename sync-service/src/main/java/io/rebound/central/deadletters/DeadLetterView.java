package io.rebound.central.deadletters;

import java.time.Instant;
import java.util.UUID;

/**
 * A message central could not process. {@code storeId}, {@code eventId} and {@code sequence} are
 * null when they could not be read; {@code payload} is the raw message as text.
 */
public record DeadLetterView(
    long id,
    String reason,
    String rule,
    String field,
    String topic,
    String storeId,
    UUID eventId,
    Long sequence,
    Instant receivedAt,
    int redeliveries,
    int payloadBytes,
    String payload) {}
