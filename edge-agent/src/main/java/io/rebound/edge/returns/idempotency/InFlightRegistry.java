package io.rebound.edge.returns.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys whose first request is being processed right now. Memory only on purpose: a crash clears it,
 * and a request that crashed never committed, so a retry may proceed. The durable part of
 * idempotency is the row written in the accept transaction.
 */
@ApplicationScoped
public class InFlightRegistry {
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  /** Claims {@code key}; empty if another request holds it. Close the claim when done. */
  public Optional<Claim> claim(IdempotencyKey key) {
    return inFlight.add(key.value()) ? Optional.of(new Claim(key.value())) : Optional.empty();
  }

  public boolean isInFlight(IdempotencyKey key) {
    return inFlight.contains(key.value());
  }

  /** A held key; {@link #close()} releases it (idempotent). */
  public final class Claim implements AutoCloseable {
    private final String key;
    private boolean released;

    private Claim(String key) {
      this.key = key;
    }

    @Override
    public void close() {
      if (!released) {
        released = true;
        inFlight.remove(key);
      }
    }
  }
}
