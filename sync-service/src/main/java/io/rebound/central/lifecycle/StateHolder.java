package io.rebound.central.lifecycle;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current state of a component and enforces its allowed transitions; thread-safe. A move
 * to the current state is a no-op, a forbidden move throws {@link IllegalStateException}.
 */
public final class StateHolder<S extends Enum<S> & Transitions<S>> {
  private final String component;
  private final AtomicReference<S> current;

  public StateHolder(String component, S initial) {
    this.component = Objects.requireNonNull(component, "component");
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  public S get() {
    return current.get();
  }

  public boolean is(S state) {
    return current.get() == state;
  }

  /** Moves to {@code next} only if the state is {@code expected}; returns whether it moved. */
  public boolean moveIf(S expected, S next) {
    if (!expected.canMoveTo(next)) {
      throw new IllegalStateException(
          component + ": transition " + expected + " -> " + next + " is not allowed");
    }
    return current.compareAndSet(expected, next);
  }

  /** Moves to {@code next}; returns the previous state. */
  public S moveTo(S next) {
    return current.getAndUpdate(
        now -> {
          if (now == next) {
            return now;
          }
          if (!now.canMoveTo(next)) {
            throw new IllegalStateException(
                component + ": transition " + now + " -> " + next + " is not allowed");
          }
          return next;
        });
  }
}
