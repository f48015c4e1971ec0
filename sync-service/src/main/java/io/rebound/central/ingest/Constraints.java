package io.rebound.central.ingest;

import io.rebound.central.db.Sql;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Maps PostgreSQL constraint violations to the message field they concern. */
final class Constraints {
  private Constraints() {}

  static String name(SQLException e) {
    for (Throwable t : Sql.causes(e)) {
      if (t instanceof PSQLException p) {
        ServerErrorMessage m = p.getServerErrorMessage();
        if (m != null && m.getConstraint() != null) {
          return m.getConstraint();
        }
      }
    }
    return null;
  }

  static String field(String constraint) {
    if (constraint == null) {
      return "";
    }
    return switch (constraint) {
      case "ingested_events_store_sequence_unique" -> "sequence";
      case "ingested_events_sequence_check" -> "sequence";
      default -> "";
    };
  }
}
