package io.rebound.edge.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One unit of work for the {@link WriteLane}. It runs on the writer thread inside its own SAVEPOINT
 * of the batch transaction: throwing rolls back only this task. A task must not commit, roll back
 * or change the connection's auto-commit mode, and must close what it opens.
 */
@FunctionalInterface
public interface WriteTask<T> {
  T run(Connection c) throws SQLException;
}
