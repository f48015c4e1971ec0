package io.rebound.edge.security.store;

import io.rebound.edge.store.StorageException;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.store.WriteTask;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a write-lane task and waits for its commit; failures are storage failures (503). */
final class Commits {
  private static final long TIMEOUT_SECONDS = 30;

  private Commits() {}

  static <T> T await(WriteLane lane, WriteTask<T> task, String what) {
    try {
      return lane.submit(task).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StorageException(what + " failed: " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new StorageException(what + " not committed within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted: " + what, e);
    }
  }
}
