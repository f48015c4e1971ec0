package io.rebound.edge.security.audit;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.http.TraceHeader;
import io.rebound.edge.outbox.OutboxAppender;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.audit.AuditRecorded;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The append-only audit log ({@code audit_log}, V8): each entry is a row and, in the same
 * transaction, an {@code audit.recorded} event in the outbox, so central gets every row.
 */
@ApplicationScoped
public class AuditLog {
  private static final Logger LOG = Logger.getLogger(AuditLog.class);
  private static final int MAX_TEXT = 128;

  private final StoreId store;
  private final Clock clock;
  private final WriteLane lane;

  AuditLog(EdgeConfig config, Clock clock, WriteLane lane) {
    this.store = config.storeId();
    this.clock = clock;
    this.lane = lane;
  }

  /** Appends {@code entry} inside the caller's write-lane task. */
  public AuditRecorded append(Connection c, AuditEntry entry) throws SQLException {
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    EventId eventId = EventId.mint(clock);
    String target = clip(entry.target(), MAX_TEXT);
    String detail = clip(entry.detail(), AuditRecorded.MAX_DETAIL);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (event_id, recorded_at, actor_kind, actor, role, terminal_id,"
                + " action, target, result, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, eventId.toString());
      ps.setLong(2, at.toEpochMilli());
      ps.setString(3, entry.actorKind().name());
      ps.setString(4, entry.actor());
      setOptional(ps, 5, entry.role() == null ? null : entry.role().name());
      setOptional(ps, 6, entry.terminal() == null ? null : entry.terminal().value());
      ps.setString(7, entry.action().name());
      setOptional(ps, 8, target);
      ps.setString(9, entry.result().name());
      setOptional(ps, 10, detail);
      ps.executeUpdate();
    }
    AuditRecorded payload =
        new AuditRecorded(
            lastId(c),
            store,
            at,
            entry.actorKind(),
            entry.actor(),
            entry.role(),
            entry.terminal(),
            entry.action(),
            target,
            entry.result(),
            detail);
    OutboxAppender.append(c, eventId, at, TraceHeader.orNew(null), null, payload);
    LOG.infof(
        "audit %s %s by %s %s on %s",
        entry.action(), entry.result(), entry.actorKind(), entry.actor(), target);
    return payload;
  }

  /** Appends {@code entry} in its own write-lane task (not awaited). */
  public CompletableFuture<AuditRecorded> record(AuditEntry entry) {
    CompletableFuture<AuditRecorded> done = lane.submit(c -> append(c, entry));
    done.whenComplete(
        (ok, failure) -> {
          if (failure != null) {
            LOG.errorf(failure, "audit entry %s of %s not stored", entry.action(), entry.actor());
          }
        });
    return done;
  }

  /**
   * {@code task}, plus the audit entry {@code entryFor} derives from its result, in the same
   * transaction (no entry: nothing is audited, e.g. an idempotent replay).
   */
  public <T> WriteTask<T> around(WriteTask<T> task, Function<T, Optional<AuditEntry>> entryFor) {
    return c -> {
      T result = task.run(c);
      Optional<AuditEntry> entry = entryFor.apply(result);
      if (entry.isPresent()) {
        append(c, entry.get());
      }
      return result;
    };
  }

  private static long lastId(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Free text is cut to fit the event's limits and never blank. */
  private static String clip(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static void setOptional(PreparedStatement ps, int index, String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }
}
