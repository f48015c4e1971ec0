package io.rebound.central.policies;

/** What a policy PUT did: a value, never an exception. */
public sealed interface PolicyPut {
  /** Stored: the version was above the stored one (or the store had none). */
  record Stored(StoredPolicy policy) implements PolicyPut {}

  /** Refused: the stored version is the same or newer. */
  record Stale(int storedVersion) implements PolicyPut {}
}
