package io.rebound.central.reconciliation.engine;

/** What asking one side (gateway or ERP) about a return gave. */
sealed interface Lookup<T> {
  /** The side holds this. */
  record Found<T>(T value) implements Lookup<T> {}

  /** The side holds nothing for the return (or cannot: no reference to ask with). */
  record Absent<T>() implements Lookup<T> {}

  /** The side could not be asked; {@code reason} names what failed. */
  record Failed<T>(String reason) implements Lookup<T> {}
}
