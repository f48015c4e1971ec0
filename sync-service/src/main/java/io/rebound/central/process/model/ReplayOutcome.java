package io.rebound.central.process.model;

/** What an operator's replay of a dead letter did. */
public enum ReplayOutcome {
  /** A dead-lettered step is PENDING again. */
  REPLAYED,
  /** The message's payload was ingested through the normal path and stored. */
  REINGESTED,
  /** Nothing to do: the step already succeeded or is already pending, or the event is stored. */
  NO_OP,
  /** The replay cannot succeed (the message is still poison); nothing changed. */
  REFUSED,
  /** No dead letter with that id. */
  NOT_FOUND
}
