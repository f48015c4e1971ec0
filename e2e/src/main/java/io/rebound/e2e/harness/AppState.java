package io.rebound.e2e.harness;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of one {@link AppProcess}, with the transitions it allows. */
public enum AppState {
  /** Configured, never started. */
  NEW,
  /** The JVM is running; {@code /q/health/ready} has not answered 200 yet. */
  STARTING,
  /** {@code /q/health/ready} answered 200. */
  READY,
  /** Ended by SIGTERM (graceful shutdown). */
  STOPPED,
  /** Ended by SIGKILL. */
  KILLED,
  /** Ended on its own (crash, {@code halt}, failed start). */
  EXITED;

  /** States this one may move to. */
  public Set<AppState> next() {
    return switch (this) {
      case NEW, STOPPED, KILLED, EXITED -> EnumSet.of(STARTING);
      case STARTING -> EnumSet.of(READY, STOPPED, KILLED, EXITED);
      case READY -> EnumSet.of(STOPPED, KILLED, EXITED);
    };
  }

  /** True while a JVM may be running. */
  public boolean running() {
    return this == STARTING || this == READY;
  }

  /** Returns {@code target} or fails if this state may not move there. */
  public AppState moveTo(AppState target) {
    if (!next().contains(target)) {
      throw new IllegalStateException("cannot move from " + this + " to " + target);
    }
    return target;
  }
}
