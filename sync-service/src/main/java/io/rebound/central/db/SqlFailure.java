package io.rebound.central.db;

import java.sql.SQLException;

/**
 * How to react to a failed statement: {@link #DATA} when PostgreSQL rejected the data itself (SQL
 * state class 22 data exception or 23 integrity constraint: retrying the same input fails again),
 * {@link #TRANSIENT} for everything else (connection lost, deadlock, server shutting down).
 */
public enum SqlFailure {
  TRANSIENT,
  DATA;

  public static SqlFailure of(SQLException e) {
    for (Throwable t : Sql.causes(e)) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("22") || state.startsWith("23")) {
          return DATA;
        }
      }
    }
    return TRANSIENT;
  }
}
