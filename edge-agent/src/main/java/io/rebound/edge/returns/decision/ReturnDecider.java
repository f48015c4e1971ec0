package io.rebound.edge.returns.decision;

import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.UpstreamMode;

/**
 * The decision seam of the accept path: given a valid request and the upstream mode at acceptance,
 * decide the return's status, the refund instruction and the rules that fired. Implementations must
 * be pure (no I/O, no clock) so the decision is reproducible from the stored request.
 */
public interface ReturnDecider {
  Decided decide(ReturnRequest request, UpstreamMode mode);
}
