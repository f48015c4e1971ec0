package io.rebound.e2e.bench;

import io.rebound.e2e.harness.HarnessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** (a) Raw SQLite: one 1 KB row per commit, WAL + synchronous=FULL, on the agent's disk. */
final class SqliteCommitBench {
  private static final int ROW_BYTES = 1024;

  private SqliteCommitBench() {}

  /** Rows committed per second. */
  static double run(Path dir, int rows) {
    Path file = dir.resolve("raw-commits.db");
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir.resolve("raw-commits.db-wal"));
      Files.deleteIfExists(dir.resolve("raw-commits.db-shm"));
    } catch (java.io.IOException e) {
      throw new HarnessException("cannot prepare " + file, e);
    }
    String url = "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=FULL";
    byte[] payload = new byte[ROW_BYTES];
    new SecureRandom().nextBytes(payload);
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO rows(payload) VALUES (?)")) {
        insertRows(insert, payload, Math.min(200, rows));
        long start = System.nanoTime();
        insertRows(insert, payload, rows);
        return rows / ((System.nanoTime() - start) / 1e9);
      }
    } catch (SQLException e) {
      throw new HarnessException("SQLite benchmark failed: " + e.getMessage(), e);
    }
  }

  private static void insertRows(PreparedStatement insert, byte[] payload, int rows)
      throws SQLException {
    for (int i = 0; i < rows; i++) {
      insert.setBytes(1, payload);
      insert.executeUpdate();
    }
  }
}
