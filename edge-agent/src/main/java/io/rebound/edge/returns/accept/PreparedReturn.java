package io.rebound.edge.returns.accept;

import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.policy.ReturnCase;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;

/**
 * Everything the accept task needs, computed before it is queued: ids, the case the policy decides
 * on (request, mode, instant, offline duration), the trace and the canonical request bytes. The
 * decision itself is made inside the task, against the ledger.
 */
record PreparedReturn(
    IdempotencyKey key,
    StoreId storeId,
    ReturnId returnId,
    EventId eventId,
    ReturnCase returnCase,
    Traceparent traceparent,
    byte[] requestJson,
    String fingerprint) {}
