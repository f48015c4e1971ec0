package io.rebound.central.deadletters;

/** What a dead letter holds. */
public enum DeadLetterKind {
  /** A poison message from a store (replay re-ingests its payload). */
  MESSAGE,
  /** A process step that failed for good (replay makes it PENDING again). */
  STEP
}
