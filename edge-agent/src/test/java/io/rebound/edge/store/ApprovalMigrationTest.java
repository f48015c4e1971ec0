package io.rebound.edge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V4 rebuilds the returns table (status DENIED): a v3 file keeps its rows and indexes. */
class ApprovalMigrationTest {
  private static final String RETURN_ID = "0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e";

  @TempDir Path dir;

  @Test
  void a_v3_database_keeps_its_returns_and_accepts_denied_after_v4() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("edge.db"));
        Statement s = c.createStatement()) {
      for (String script : Migrations.SCRIPTS.subList(0, 3)) {
        for (String sql : Migrations.split(Migrations.load(script))) {
          s.execute(sql);
        }
      }
      s.execute("PRAGMA user_version = 3");
      s.execute(
          "INSERT INTO outbox (sequence, event_id, event_type, return_id, envelope, state,"
              + " created_at) VALUES (1, 'e1', 'return.accepted', '"
              + RETURN_ID
              + "', x'7b7d', 'PENDING', 0)");
      s.execute(
          "INSERT INTO returns (return_id, store_id, terminal_id, status, mode, accepted_at,"
              + " currency, total_minor, refund_method, refund_status, request, response,"
              + " sequence, event_id, sync_state, policy_version) VALUES ('"
              + RETURN_ID
              + "', 'store42', 'POS-01', 'PENDING_APPROVAL', 'OFFLINE', 0, 'USD', 25000,"
              + " 'CASH', 'PENDING_APPROVAL', x'7b7d', x'7b7d', 1, 'e1', 'PENDING', 7)");
    }

    Database db = Database.open(dir);

    assertThat(db.schemaVersion()).isEqualTo(Migrations.head());
    try (Connection c = db.openWriteConnection();
        Statement s = c.createStatement()) {
      assertThat(Database.single(s, "SELECT status || '/' || policy_version FROM returns"))
          .isEqualTo("PENDING_APPROVAL/7");
      s.execute("UPDATE returns SET status = 'DENIED' WHERE return_id = '" + RETURN_ID + "'");
      assertThat(Database.single(s, "SELECT status FROM returns")).isEqualTo("DENIED");
      assertThat(
              Database.single(
                  s,
                  "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                      + " AND name IN ('returns_by_status', 'returns_by_sync')"))
          .isEqualTo("2");
      assertThat(Database.single(s, "SELECT count(*) FROM approvals")).isEqualTo("0");
    } finally {
      db.close();
    }
  }
}
