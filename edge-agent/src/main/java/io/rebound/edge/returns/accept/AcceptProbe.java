package io.rebound.edge.returns.accept;

import io.rebound.edge.returns.idempotency.IdempotencyKey;

/**
 * Test seam on the accept path, called after the key is claimed as in flight and before the write
 * is queued. Production uses the no-op {@link NoAcceptProbe}; a test may supply a bean that blocks
 * to hold a request in flight deterministically.
 */
public interface AcceptProbe {
  void beforeWrite(IdempotencyKey key);
}
