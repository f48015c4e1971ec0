package io.rebound.central.deadletters;

import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the dead-letter table with keyset pagination on its id. */
@Singleton
public class DeadLetterRepository {
  private static final String SELECT =
      "SELECT id, kind, reason, rule, field, topic, store_id, event_id, sequence, received_at,"
          + " redeliveries, payload_bytes, payload, return_id, step, replayed_at FROM dead_letters";

  private final Database database;

  @Inject
  public DeadLetterRepository(Database database) {
    this.database = database;
  }

  public DeadLetterPage page(long after, int limit) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(SELECT + " WHERE id > ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, after);
            ps.setInt(2, limit + 1);
            List<DeadLetterView> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(view(rs));
              }
            }
            Long next = null;
            if (items.size() > limit) {
              items = new ArrayList<>(items.subList(0, limit));
              next = items.get(limit - 1).id();
            }
            return new DeadLetterPage(items, next);
          }
        });
  }

  public Optional<DeadLetterView> find(long id) {
    return database.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
          }
        });
  }

  private static DeadLetterView view(ResultSet rs) throws SQLException {
    return new DeadLetterView(
        rs.getLong("id"),
        DeadLetterKind.valueOf(rs.getString("kind")),
        rs.getString("reason"),
        rs.getString("rule"),
        rs.getString("field"),
        rs.getString("topic"),
        rs.getString("store_id"),
        Sql.getUuid(rs, "event_id"),
        Sql.getLong(rs, "sequence"),
        Sql.getInstant(rs, "received_at"),
        rs.getInt("redeliveries"),
        rs.getObject("payload_bytes", Integer.class),
        rs.getString("payload"),
        Sql.getUuid(rs, "return_id"),
        rs.getString("step"),
        Sql.getInstant(rs, "replayed_at"));
  }
}
