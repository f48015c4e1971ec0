package io.rebound.central.process.engine;

import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.deadletters.DeadLetterKind;
import io.rebound.central.deadletters.DeadLetterRepository;
import io.rebound.central.deadletters.DeadLetterView;
import io.rebound.central.process.model.ReplayOutcome;
import io.rebound.central.process.model.ReplayResult;
import io.rebound.central.process.store.AuditLog;
import io.rebound.central.process.store.StepReplay;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An operator's replay of a dead letter, always audited (who, what, when, result) — a step replay
 * in the same transaction as its effect, a message replay right after its ingest transaction.
 */
@Singleton
public class ReplayService {
  static final String ACTION = "dead-letter.replay";
  private static final Logger LOG = Logger.getLogger(ReplayService.class);

  private final Database database;
  private final DeadLetterRepository deadLetters;
  private final MessageReplay messages;
  private final Clock clock = Clock.systemUTC();

  @Inject
  public ReplayService(
      Database database, DeadLetterRepository deadLetters, MessageReplay messages) {
    this.database = database;
    this.deadLetters = deadLetters;
    this.messages = messages;
  }

  public ReplayResult replay(long id, String operator) {
    Optional<DeadLetterView> found = deadLetters.find(id);
    ReplayResult result;
    if (found.isEmpty()) {
      result =
          new ReplayResult(
              id, null, ReplayOutcome.NOT_FOUND, "no dead letter " + id, null, null, null, 0);
      return audited(result, operator, null);
    }
    DeadLetterView letter = found.get();
    if (letter.kind() == DeadLetterKind.STEP) {
      result = replayStep(letter, operator);
    } else {
      result = audited(messages.replay(letter), operator, null);
    }
    LOG.infof(
        "dead letter %d (%s) replayed by %s: %s — %s",
        id, letter.kind(), operator, result.result(), result.detail());
    return result;
  }

  private ReplayResult replayStep(DeadLetterView letter, String operator) {
    try {
      return database.inTransaction(
          c -> {
            Instant now = clock.instant();
            ReplayResult r = StepReplay.replay(c, letter.id(), stepId(c, letter.id()), now);
            long audit =
                AuditLog.append(
                    c,
                    now,
                    operator,
                    ACTION,
                    target(letter.id()),
                    r.returnId(),
                    r.result().name(),
                    r.detail());
            return r.withAudit(audit);
          });
    } catch (SQLException e) {
      throw new DatabaseException(
          "replay of dead letter " + letter.id() + ": " + e.getMessage(), e);
    }
  }

  private ReplayResult audited(ReplayResult r, String operator, UUID returnId) {
    try {
      long audit =
          database.inTransaction(
              c ->
                  AuditLog.append(
                      c,
                      clock.instant(),
                      operator,
                      ACTION,
                      target(r.deadLetterId()),
                      returnId,
                      r.result().name(),
                      r.detail()));
      return r.withAudit(audit);
    } catch (SQLException e) {
      throw new DatabaseException("audit of replay " + r.deadLetterId() + ": " + e.getMessage(), e);
    }
  }

  private static long stepId(java.sql.Connection c, long deadLetterId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT step_id FROM dead_letters WHERE id = ?")) {
      ps.setLong(1, deadLetterId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String target(long deadLetterId) {
    return "dead-letter " + deadLetterId;
  }
}
