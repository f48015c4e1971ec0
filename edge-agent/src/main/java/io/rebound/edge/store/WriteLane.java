package io.rebound.edge.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;

/**
 * Group commit: one writer thread owns the only write connection. It drains up to {@code maxBatch}
 * queued {@link WriteTask}s, runs them in one {@code BEGIN IMMEDIATE} transaction, each inside its
 * own SAVEPOINT (a failing task rolls back only itself and its future fails with the task's
 * exception), commits once (one fsync for the batch under {@code synchronous=FULL}), then completes
 * the futures, then calls the commit listeners.
 *
 * <p>Futures are completed on the writer thread: callers should block on them ({@code get/join}) or
 * chain only cheap stages. If BEGIN, a savepoint rollback or COMMIT fails, every task of the batch
 * fails with a {@link StorageException} and nothing of the batch is kept.
 */
public final class WriteLane implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(WriteLane.class);

  private final Connection connection;
  private final int maxBatch;
  private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final AtomicReference<LaneState> state = new AtomicReference<>(LaneState.RUNNING);
  private final ReadWriteLock submitGate = new ReentrantReadWriteLock();
  private final Counter commits;
  private final DistributionSummary batchSizes;
  private final Thread writer;

  private WriteLane(Connection connection, int maxBatch, MeterRegistry registry) {
    this.connection = connection;
    this.maxBatch = maxBatch;
    this.commits =
        Counter.builder("rebound.sqlite.commits")
            .description("SQLite write transactions committed by the write lane")
            .register(registry);
    this.batchSizes =
        DistributionSummary.builder("rebound.group.commit.batch.size")
            .description("Write tasks per group commit")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
    Gauge.builder("rebound.write.lane.queue", queue, BlockingQueue::size)
        .description("Write tasks waiting for the writer thread")
        .register(registry);
    this.writer = new Thread(this::loop, "rebound-write-lane");
    this.writer.setDaemon(true);
  }

  /** Opens the write connection and starts the writer thread. */
  public static WriteLane start(Database db, int maxBatch, MeterRegistry registry) {
    if (maxBatch < 1) {
      throw new StorageSetupException("rebound.commit.max-batch must be at least 1: " + maxBatch);
    }
    try {
      WriteLane lane = new WriteLane(db.openWriteConnection(), maxBatch, registry);
      lane.writer.start();
      return lane;
    } catch (SQLException e) {
      throw new StorageSetupException("cannot open the write connection to " + db.file(), e);
    }
  }

  /** Queues {@code task} for the next group commit. */
  public <T> CompletableFuture<T> submit(WriteTask<T> task) {
    Job<T> job = new Job<>(task);
    submitGate.readLock().lock();
    try {
      LaneState s = state.get();
      if (s != LaneState.RUNNING) {
        job.future.completeExceptionally(new WriteLaneClosedException("write lane is " + s));
      } else {
        queue.add(job);
      }
    } finally {
      submitGate.readLock().unlock();
    }
    return job.future;
  }

  /** Called on the writer thread after each commit; keep it cheap (signal, unpark). */
  public void addCommitListener(Runnable listener) {
    listeners.add(listener);
  }

  public LaneState state() {
    return state.get();
  }

  /** Whether the writer thread is alive and accepting tasks. */
  public boolean isRunning() {
    return state.get() == LaneState.RUNNING && writer.isAlive();
  }

  /** Stops accepting tasks, commits the queued ones, stops the writer and closes the connection. */
  @Override
  public void close() {
    submitGate.writeLock().lock();
    try {
      if (!moveTo(LaneState.STOPPING)) {
        return;
      }
      queue.add(Job.POISON);
    } finally {
      submitGate.writeLock().unlock();
    }
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop() {
    List<Job<?>> batch = new ArrayList<>(maxBatch);
    boolean stop = false;
    try {
      while (!stop) {
        batch.clear();
        batch.add(queue.take());
        queue.drainTo(batch, maxBatch - 1);
        stop = batch.remove(Job.POISON);
        if (!batch.isEmpty()) {
          Batch group = new Batch(connection, batch);
          if (group.commit()) {
            commits.increment();
            batchSizes.record(batch.size());
            group.complete();
            notifyListeners();
          }
        }
      }
      moveTo(LaneState.STOPPED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      moveTo(LaneState.FAILED);
    } catch (RuntimeException | Error e) {
      LOG.error("write lane failed; no further writes are possible", e);
      moveTo(LaneState.FAILED);
    } finally {
      failRemaining();
      closeConnection();
    }
  }

  private void notifyListeners() {
    for (Runnable listener : listeners) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        LOG.warn("commit listener failed", e);
      }
    }
  }

  private boolean moveTo(LaneState target) {
    LaneState current = state.get();
    while (current.canMoveTo(target)) {
      if (state.compareAndSet(current, target)) {
        return true;
      }
      current = state.get();
    }
    return false;
  }

  private void failRemaining() {
    submitGate.writeLock().lock();
    try {
      if (state.get() == LaneState.RUNNING) {
        moveTo(LaneState.FAILED);
      }
      List<Job<?>> left = new ArrayList<>();
      queue.drainTo(left);
      for (Job<?> job : left) {
        job.fail(new WriteLaneClosedException("write lane is " + state.get()));
      }
    } finally {
      submitGate.writeLock().unlock();
    }
  }

  private void closeConnection() {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.warn("closing the write connection failed", e);
    }
  }

  /** A queued task and its future. */
  static final class Job<T> {
    static final Job<Void> POISON = new Job<>(c -> null);

    final WriteTask<T> task;
    final CompletableFuture<T> future = new CompletableFuture<>();
    T result;
    Throwable error;

    Job(WriteTask<T> task) {
      this.task = task;
    }

    void runOn(Connection c) throws SQLException {
      result = task.run(c);
    }

    void complete() {
      if (error == null) {
        future.complete(result);
      } else {
        future.completeExceptionally(error);
      }
    }

    void fail(Throwable t) {
      future.completeExceptionally(t);
    }
  }
}
