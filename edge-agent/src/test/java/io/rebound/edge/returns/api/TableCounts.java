package io.rebound.edge.returns.api;

import io.rebound.edge.store.ReadPool;
import java.sql.ResultSet;
import java.sql.Statement;

/** Row counts of the tables the accept transaction writes, read through the real read pool. */
record TableCounts(int returns, int outbox, int idempotency) {
  static TableCounts of(ReadPool reads) {
    return reads.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT (SELECT count(*) FROM returns), (SELECT count(*) FROM outbox),"
                          + " (SELECT count(*) FROM idempotency)")) {
            rs.next();
            return new TableCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3));
          }
        });
  }
}
