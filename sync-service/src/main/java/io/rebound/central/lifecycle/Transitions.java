package io.rebound.central.lifecycle;

/** A technical state that knows which states may follow it. */
public interface Transitions<S extends Enum<S>> {
  /** Whether moving from this state to {@code next} is allowed. */
  boolean canMoveTo(S next);
}
