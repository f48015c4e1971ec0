package io.rebound.central.deadletters;

import java.time.Instant;
import java.util.UUID;

/**
 * Something central could not process: a poison MESSAGE, or a process STEP that failed for good.
 * For a message, {@code storeId}, {@code eventId} and {@code sequence} are null when they could not
 * be read and {@code payload} is the raw message as text. For a step, {@code returnId} and {@code
 * step} name it, {@code receivedAt} is when it dead-lettered, {@code redeliveries} how often it
 * dead-lettered again after a replay, and topic/payload are null. {@code replayedAt}: the last
 * replay since then, if any.
 */
public record DeadLetterView(
    long id,
    DeadLetterKind kind,
    String reason,
    String rule,
    String field,
    String topic,
    String storeId,
    UUID eventId,
    Long sequence,
    Instant receivedAt,
    int redeliveries,
    Integer payloadBytes,
    String payload,
    UUID returnId,
    String step,
    Instant replayedAt) {}
