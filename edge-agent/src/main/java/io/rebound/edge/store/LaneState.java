package io.rebound.edge.store;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of the {@link WriteLane}'s writer thread, with its allowed transitions. */
public enum LaneState {
  /** Accepting and committing tasks. */
  RUNNING,
  /** Closing: no new tasks; already queued ones are still committed. */
  STOPPING,
  /** Writer thread ended normally; the write connection is closed. */
  STOPPED,
  /** Writer thread died unexpectedly; every queued and new task fails. */
  FAILED;

  private Set<LaneState> next() {
    return switch (this) {
      case RUNNING -> EnumSet.of(STOPPING, FAILED);
      case STOPPING -> EnumSet.of(STOPPED, FAILED);
      case STOPPED, FAILED -> EnumSet.noneOf(LaneState.class);
    };
  }

  public boolean canMoveTo(LaneState target) {
    return next().contains(target);
  }
}
