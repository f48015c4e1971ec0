package io.rebound.edge.outbox;

import io.rebound.protocols.ids.EventId;

/** One PENDING outbox row as the relay publishes it: the stored envelope bytes, unchanged. */
public record OutboxRow(long sequence, EventId eventId, byte[] envelope) {}
