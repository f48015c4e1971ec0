package io.rebound.edge.outbox;

/**
 * Result of marking one batch of acks: {@code newlyAcked} rows went PENDING → ACKED; the rest of
 * the {@code received} acks named rows already ACKED or unknown (redeliveries, harmless).
 */
public record AckMarking(int received, int newlyAcked) {}
