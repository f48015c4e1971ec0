package io.rebound.edge.returns.accept;

import io.rebound.edge.store.StorageException;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.ids.ReturnId;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Queues a task on the write lane and waits for its commit. Any failure is infrastructure: it
 * becomes a {@link StorageException} naming the return, so it is logged once with the id.
 */
public final class CommitAwait {
  /**
   * A commit slower than this is reported as storage unavailable (a retry replays if it landed).
   */
  static final long TIMEOUT_SECONDS = 30;

  private final WriteLane lane;

  public CommitAwait(WriteLane lane) {
    this.lane = lane;
  }

  public <T> T await(WriteTask<T> task, ReturnId returnId) {
    try {
      return lane.submit(task).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StorageException(
          "storing return " + returnId + " failed: " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new StorageException(
          "storing return " + returnId + " not committed within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while storing return " + returnId, e);
    }
  }
}
