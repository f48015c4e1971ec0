package io.rebound.edge.outbox;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of the {@link OutboxRelay} thread. */
enum RelayPhase {
  /** Not started yet. */
  NEW,
  /** The broker is not connected: nothing is published; the next connection rewinds. */
  WAITING_FOR_CONNECTION,
  /** Publishing pending rows in sequence order within the window. */
  STREAMING,
  /** A hard publish failure (PUBACK reason code &ge; 0x80): pausing, then rewinding. */
  BACKING_OFF,
  /** Shut down; terminal. */
  STOPPED;

  Set<RelayPhase> allowedNext() {
    return switch (this) {
      case NEW -> EnumSet.of(WAITING_FOR_CONNECTION, STOPPED);
      case WAITING_FOR_CONNECTION -> EnumSet.of(STREAMING, STOPPED);
      case STREAMING -> EnumSet.of(WAITING_FOR_CONNECTION, BACKING_OFF, STOPPED);
      case BACKING_OFF -> EnumSet.of(STREAMING, WAITING_FOR_CONNECTION, STOPPED);
      case STOPPED -> EnumSet.noneOf(RelayPhase.class);
    };
  }

  boolean canMoveTo(RelayPhase next) {
    return allowedNext().contains(next);
  }
}
