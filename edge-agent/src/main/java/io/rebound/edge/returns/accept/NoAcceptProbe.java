package io.rebound.edge.returns.accept;

import io.quarkus.arc.DefaultBean;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;

/** The production {@link AcceptProbe}: does nothing. */
@ApplicationScoped
@DefaultBean
public class NoAcceptProbe implements AcceptProbe {
  @Override
  public void beforeWrite(IdempotencyKey key) {
    // nothing to observe in production
  }
}
