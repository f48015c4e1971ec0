package io.rebound.edge.store;

/** A task was submitted to (or left queued in) a {@link WriteLane} that is stopping or stopped. */
public final class WriteLaneClosedException extends StorageException {
  private static final long serialVersionUID = 1L;

  public WriteLaneClosedException(String message) {
    super(message);
  }
}
