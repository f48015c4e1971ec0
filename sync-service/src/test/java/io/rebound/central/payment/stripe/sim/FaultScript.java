package io.rebound.central.payment.stripe.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Faults for the next request(s) of each operation, consumed in order, one per request. */
public final class FaultScript {
  private final Map<Operation, Queue<Fault>> next = new EnumMap<>(Operation.class);
  private volatile Fault outage;

  FaultScript() {
    for (Operation op : Operation.values()) {
      next.put(op, new ConcurrentLinkedQueue<>());
    }
  }

  /** The next request of {@code operation} gets {@code faults[0]}, the one after {@code [1]}… */
  public FaultScript onNext(Operation operation, Fault... faults) {
    for (Fault f : faults) {
      next.get(operation).add(f);
    }
    return this;
  }

  /**
   * Every request of every operation gets {@code fault} (one that performs nothing, e.g. a 503)
   * until {@link #endOutage()}: the gateway is down for as long as the test wants.
   */
  public FaultScript outage(Fault fault) {
    if (fault.performs()) {
      throw new IllegalArgumentException("an outage performs nothing: " + fault.kind());
    }
    outage = fault;
    return this;
  }

  /** The gateway answers again (scripted per-request faults still apply). */
  public FaultScript endOutage() {
    outage = null;
    return this;
  }

  /** Faults still waiting for a request. */
  public int pending() {
    return next.values().stream().mapToInt(Queue::size).sum();
  }

  Optional<Fault> take(Operation operation) {
    Fault down = outage;
    if (down != null) {
      return Optional.of(down);
    }
    return Optional.ofNullable(next.get(operation).poll());
  }
}
