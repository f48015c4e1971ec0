package io.rebound.edge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.logging.Logger;

/** One group commit: BEGIN IMMEDIATE, a SAVEPOINT per task, one COMMIT, then the futures. */
final class Batch {
  private static final Logger LOG = Logger.getLogger(Batch.class);

  private final Connection connection;
  private final List<WriteLane.Job<?>> jobs;

  Batch(Connection connection, List<WriteLane.Job<?>> jobs) {
    this.connection = connection;
    this.jobs = jobs;
  }

  /** Returns whether the batch committed; on failure every task's future has failed. */
  boolean run() {
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
    jobs.forEach(WriteLane.Job::complete);
    return true;
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
