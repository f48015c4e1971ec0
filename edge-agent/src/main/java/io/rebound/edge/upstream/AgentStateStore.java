package io.rebound.edge.upstream;

import io.rebound.edge.store.StorageException;
import io.rebound.edge.store.WriteLane;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/** The single {@code agent_state} row, written through the write lane. */
final class AgentStateStore {
  private static final Logger LOG = Logger.getLogger(AgentStateStore.class);
  private static final long LOAD_TIMEOUT_SECONDS = 30;

  private AgentStateStore() {}

  /**
   * The last instant known connected, else the first start; creates the row (first start = {@code
   * now}) if missing. Blocks until committed.
   */
  static Instant load(WriteLane lane, Instant now) {
    try {
      return lane.submit(
              c -> {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "INSERT INTO agent_state (id, first_started_at) VALUES (1, ?)"
                            + " ON CONFLICT (id) DO NOTHING")) {
                  ps.setLong(1, now.toEpochMilli());
                  ps.executeUpdate();
                }
                try (PreparedStatement ps =
                        c.prepareStatement(
                            "SELECT COALESCE(last_connected_at, first_started_at) FROM agent_state"
                                + " WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return Instant.ofEpochMilli(rs.getLong(1));
                }
              })
          .get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new StorageException("cannot load agent_state: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while loading agent_state", e);
    }
  }

  /** Records {@code at} as last connected (never moving it back); does not wait for the commit. */
  static void saveLastConnected(WriteLane lane, Instant at) {
    lane.submit(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE agent_state SET last_connected_at = ? WHERE id = 1"
                          + " AND (last_connected_at IS NULL OR last_connected_at < ?)")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setLong(2, at.toEpochMilli());
                return ps.executeUpdate();
              }
            })
        .whenComplete(
            (rows, error) -> {
              if (error != null) {
                LOG.warnf("could not record last connected at %s: %s", at, error.getMessage());
              }
            });
  }
}
