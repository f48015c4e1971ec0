package io.rebound.edge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One group commit: BEGIN IMMEDIATE, a SAVEPOINT per task, one COMMIT ({@link #commit}); then the
 * caller records the commit and completes the futures ({@link #complete}), so that whoever sees a
 * future complete also sees the commit counted.
 */
final class Batch {
  private static final Logger LOG = Logger.getLogger(Batch.class);

  private final Connection connection;
  private final List<WriteLane.Job<?>> jobs;

  Batch(Connection connection, List<WriteLane.Job<?>> jobs) {
    this.connection = connection;
    this.jobs = jobs;
  }

  /** Returns whether the batch committed; on failure every task's future has failed. */
  boolean commit() {
    try (Statement s = connection.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      for (WriteLane.Job<?> job : jobs) {
        runOne(s, job);
      }
      s.execute("COMMIT");
    } catch (SQLException | RuntimeException e) {
      rollback();
      StorageException failure = new StorageException("group commit failed: " + e.getMessage(), e);
      jobs.forEach(job -> job.fail(failure));
      return false;
    }
    return true;
  }

  /** Completes every task's future with its own result or error (after {@link #commit}). */
  void complete() {
    jobs.forEach(WriteLane.Job::complete);
  }

  /** Runs one task in its savepoint; a task failure is recorded, a savepoint failure thrown. */
  private void runOne(Statement s, WriteLane.Job<?> job) throws SQLException {
    s.execute("SAVEPOINT task");
    try {
      job.runOn(connection);
    } catch (SQLException | RuntimeException e) {
      job.error = e;
      try {
        s.execute("ROLLBACK TO task");
      } catch (SQLException rollbackFailed) {
        // SQLite already rolled back the whole transaction (e.g. SQLITE_FULL, SQLITE_IOERR)
        e.addSuppressed(rollbackFailed);
        throw new StorageException("a task aborted the transaction: " + e.getMessage(), e);
      }
    }
    s.execute("RELEASE task");
  }

  private void rollback() {
    try (Statement s = connection.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException e) {
      LOG.debugf("rollback after a failed group commit: %s", e.getMessage());
    }
  }
}
