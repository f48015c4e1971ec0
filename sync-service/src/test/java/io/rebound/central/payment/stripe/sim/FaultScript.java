package io.rebound.central.payment.stripe.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Faults for the next request(s) of each operation, consumed in order, one per request. */
public final class FaultScript {
  private final Map<Operation, Queue<Fault>> next = new EnumMap<>(Operation.class);

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

  /** Faults still waiting for a request. */
  public int pending() {
    return next.values().stream().mapToInt(Queue::size).sum();
  }

  Optional<Fault> take(Operation operation) {
    return Optional.ofNullable(next.get(operation).poll());
  }
}
