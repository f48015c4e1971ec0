package io.rebound.protocols.envelope;

/** What central did with an event. Every outcome clears the edge's outbox row. */
public enum AckOutcome {
  /** Committed for the first time. */
  STORED,
  /** Already committed earlier (a redelivery); nothing changed. */
  DUPLICATE,
  /** Could not be processed; stored in central's dead-letter table with the reason. */
  DEAD_LETTERED
}
