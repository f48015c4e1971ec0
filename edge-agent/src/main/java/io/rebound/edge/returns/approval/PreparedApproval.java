package io.rebound.edge.returns.approval;

import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.protocols.approval.ApprovalRequest;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import java.time.Instant;
import java.time.ZoneId;

/** Everything an approval's transaction needs, fixed before it is queued. */
record PreparedApproval(
    IdempotencyKey key,
    String fingerprint,
    ReturnId returnId,
    ApprovalRequest request,
    Instant decidedAt,
    ZoneId policyZone,
    EventId eventId,
    Traceparent traceparent) {}
