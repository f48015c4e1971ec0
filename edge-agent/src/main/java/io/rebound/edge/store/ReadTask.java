package io.rebound.edge.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A read on a pooled read-only connection ({@link ReadPool}). It sees one consistent snapshot of
 * the database (the task runs inside a read transaction) and must close what it opens.
 */
@FunctionalInterface
public interface ReadTask<T> {
  T read(Connection c) throws SQLException;
}
