package io.rebound.central.process.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V16 on a database that already holds steps planned the old way: a credit note not yet attempted
 * waits for its unsettled refund, one behind a declined refund is held as a dead letter naming the
 * rule and the decline code, and everything else is left alone.
 */
class CreditNoteMigrationTest {
  private static EmbeddedPostgres postgres;
  private static DataSource db;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    db = postgres.getPostgresDatabase();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  private static Flyway flyway(String target) {
    return Flyway.configure(CreditNoteMigrationTest.class.getClassLoader())
        .dataSource(db)
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }

  @Test
  void steps_planned_before_v16_are_moved_to_the_credit_note_rules() throws SQLException {
    flyway("14").migrate();
    UUID pending = UUID.randomUUID();
    UUID declined = UUID.randomUUID();
    UUID refunded = UUID.randomUUID();
    UUID cash = UUID.randomUUID();
    try (Connection c = db.getConnection()) {
      step(c, pending, "REFUND", "RETRY_WAIT", null);
      step(c, pending, "CREDIT_NOTE", "PENDING", null);
      step(c, declined, "REFUND", "DECLINED", "declined by the gateway: card_declined: no");
      step(c, declined, "CREDIT_NOTE", "PENDING", null);
      step(c, declined, "STOCK_RETURN", "PENDING", null);
      step(c, refunded, "REFUND", "SUCCEEDED", null);
      step(c, refunded, "CREDIT_NOTE", "PENDING", null);
      step(c, cash, "CREDIT_NOTE", "PENDING", null);
    }

    flyway("latest").migrate();

    try (Connection c = db.getConnection()) {
      assertThat(state(c, pending, "CREDIT_NOTE")).isEqualTo("AWAITING_REFUND");
      assertThat(state(c, declined, "CREDIT_NOTE")).isEqualTo("DEAD_LETTERED");
      assertThat(state(c, declined, "STOCK_RETURN")).isEqualTo("PENDING");
      assertThat(state(c, refunded, "CREDIT_NOTE")).isEqualTo("PENDING");
      assertThat(state(c, cash, "CREDIT_NOTE")).isEqualTo("PENDING");
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT rule, reason, step, field FROM dead_letters WHERE return_id = ?")) {
        ps.setObject(1, declined);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString("rule")).isEqualTo(CreditNoteGate.RULE);
          assertThat(rs.getString("reason")).isEqualTo(CreditNoteGate.reason("card_declined"));
          assertThat(rs.getString("step")).isEqualTo("CREDIT_NOTE");
          assertThat(rs.getString("field")).isEqualTo("step.credit_note");
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }

  private static void step(Connection c, UUID returnId, String kind, String state, String error)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO process_steps (return_id, store_id, kind, erp_order, ordered_at, state,"
                + " next_attempt_at, last_error, created_at, updated_at)"
                + " VALUES (?, 'store-mig', ?, ?, now(), ?, now(), ?, now(), now())")) {
      ps.setObject(1, returnId);
      ps.setString(2, kind);
      ps.setInt(3, kind.equals("REFUND") ? 0 : kind.equals("CREDIT_NOTE") ? 1 : 2);
      ps.setString(4, state);
      ps.setString(5, error);
      ps.executeUpdate();
    }
  }

  private static String state(Connection c, UUID returnId, String kind) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT state FROM process_steps WHERE return_id = ? AND kind = ?")) {
      ps.setObject(1, returnId);
      ps.setString(2, kind);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
