package io.rebound.central.ingest;

import io.rebound.central.lifecycle.Transitions;

/** Lifecycle of the ingest worker thread. */
public enum WorkerState implements Transitions<WorkerState> {
  NEW,
  RUNNING,
  /** The last transaction failed (database down); the batch is retried with backoff. */
  RETRYING,
  STOPPING,
  STOPPED;

  @Override
  public boolean canMoveTo(WorkerState next) {
    return switch (this) {
      case NEW -> next == RUNNING || next == STOPPED;
      case RUNNING -> next == RETRYING || next == STOPPING;
      case RETRYING -> next == RUNNING || next == STOPPING;
      case STOPPING -> next == STOPPED;
      case STOPPED -> false;
    };
  }
}
