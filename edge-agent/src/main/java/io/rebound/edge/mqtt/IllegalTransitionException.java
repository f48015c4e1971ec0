package io.rebound.edge.mqtt;

/** A lifecycle transition that the state's enum does not allow: a programming error. */
public final class IllegalTransitionException extends IllegalStateException {
  public IllegalTransitionException(Enum<?> from, Enum<?> to) {
    super(
        "transition "
            + from.getDeclaringClass().getSimpleName()
            + " "
            + from
            + " -> "
            + to
            + " is not allowed");
  }
}
