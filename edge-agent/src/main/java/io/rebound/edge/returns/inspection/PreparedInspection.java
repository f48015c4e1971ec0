package io.rebound.edge.returns.inspection;

import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.inspection.InspectionRequest;
import java.time.Instant;

/** Everything an inspection step's transaction needs, fixed before it is queued. */
record PreparedInspection(
    IdempotencyKey key,
    String fingerprint,
    ReturnId returnId,
    StoreId storeId,
    InspectionRequest request,
    Instant inspectedAt,
    EventId eventId,
    Traceparent traceparent) {}
