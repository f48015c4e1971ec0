package io.rebound.edge.commands;

/** What a store command did once committed: a value, logged by {@link CommandIntake}. */
enum CommandOutcome {
  /** Newer than what the store had: stored and put in force. */
  APPLIED,
  /** Not newer (a repeat after a reconnect, or out of order): nothing changed. */
  ALREADY_CURRENT
}
