package io.rebound.edge.returns.accept;

import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.returns.ReturnAccepted;

/**
 * Everything the accept transaction writes, computed before it is queued so the writer thread only
 * assigns the sequence, serializes the envelope and inserts.
 */
record PreparedReturn(
    IdempotencyKey key,
    ReturnAccepted accepted,
    EventId eventId,
    Traceparent traceparent,
    byte[] requestJson,
    IdempotencyRecord response) {}
