package io.rebound.edge.returns.api;

import io.rebound.edge.returns.accept.AcceptProbe;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test probe: holds a request whose key was {@link #hold held} after it claimed the key, until the
 * test {@link #release releases} it. Only enabled by {@link LatchedProbeProfile}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class LatchedAcceptProbe implements AcceptProbe {
  private final Map<String, Gate> gates = new ConcurrentHashMap<>();

  /** Requests with {@code key} will wait in {@link #beforeWrite} until released. */
  public void hold(String key) {
    gates.put(key, new Gate());
  }

  /** Blocks until a request with {@code key} is waiting. */
  public void awaitHeld(String key) throws InterruptedException {
    if (!gates.get(key).entered.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no request arrived with key " + key);
    }
  }

  public void release(String key) {
    gates.get(key).release.countDown();
  }

  @Override
  public void beforeWrite(IdempotencyKey key) {
    Gate gate = gates.get(key.value());
    if (gate == null) {
      return;
    }
    gate.entered.countDown();
    try {
      gate.release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Gate {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
  }
}
