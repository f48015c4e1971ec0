package io.rebound.central.exceptions;

import java.util.Set;

/** An exception record's lifecycle: raised OPEN; an operator resolves it (a later issue). */
public enum ExceptionState {
  OPEN,
  RESOLVED;

  /** The states this one may move to. */
  public Set<ExceptionState> next() {
    return switch (this) {
      case OPEN -> Set.of(RESOLVED);
      case RESOLVED -> Set.of();
    };
  }

  public boolean canMoveTo(ExceptionState target) {
    return next().contains(target);
  }
}
