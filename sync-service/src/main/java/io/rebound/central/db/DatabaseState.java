package io.rebound.central.db;

import io.rebound.central.lifecycle.Transitions;

/** Lifecycle of central's database connection (and of the embedded server, if any). */
public enum DatabaseState implements Transitions<DatabaseState> {
  NEW,
  STARTING,
  UP,
  FAILED,
  STOPPED;

  @Override
  public boolean canMoveTo(DatabaseState next) {
    return switch (this) {
      case NEW -> next == STARTING || next == STOPPED;
      case STARTING -> next == UP || next == FAILED;
      case UP, FAILED -> next == STOPPED;
      case STOPPED -> false;
    };
  }
}
