package io.rebound.edge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A small fixed pool of read-only connections. WAL lets them read beside the writer; each {@link
 * ReadTask} runs in its own read transaction, so it sees one consistent snapshot.
 */
public final class ReadPool implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ReadPool.class);
  private static final long CHECKOUT_TIMEOUT_MS = 5_000;

  private final List<Connection> all;
  private final BlockingQueue<Connection> idle;
  private volatile boolean closed;

  private ReadPool(List<Connection> connections) {
    this.all = List.copyOf(connections);
    this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
  }

  public static ReadPool open(Database db, int size) {
    if (size < 1) {
      throw new StorageSetupException("rebound.sqlite.read-pool-size must be at least 1: " + size);
    }
    List<Connection> connections = new ArrayList<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Connection c = db.openReadConnection();
        c.setAutoCommit(false);
        connections.add(c);
      }
      return new ReadPool(connections);
    } catch (SQLException e) {
      connections.forEach(ReadPool::closeQuietly);
      throw new StorageSetupException("cannot open read connections to " + db.file(), e);
    }
  }

  /** Runs {@code task} on a pooled connection; SQL failures become {@link StorageException}. */
  public <T> T read(ReadTask<T> task) {
    Connection c = checkout();
    try {
      return task.read(c);
    } catch (SQLException e) {
      throw new StorageException("read failed: " + e.getMessage(), e);
    } finally {
      release(c);
    }
  }

  @Override
  public void close() {
    closed = true;
    all.forEach(ReadPool::closeQuietly);
  }

  private Connection checkout() {
    if (closed) {
      throw new StorageException("read pool is closed");
    }
    try {
      Connection c = idle.poll(CHECKOUT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      if (c == null) {
        throw new StorageException("no read connection free within " + CHECKOUT_TIMEOUT_MS + " ms");
      }
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting for a read connection", e);
    }
  }

  private void release(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.debugf("ending a read transaction: %s", e.getMessage());
    }
    idle.add(c);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debugf("closing a read connection: %s", e.getMessage());
    }
  }
}
