package io.rebound.central.process.engine;

import io.rebound.central.acks.AckPublisher;
import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.deadletters.DeadLetterKind;
import io.rebound.central.deadletters.DeadLetterView;
import io.rebound.central.ingest.BatchResult;
import io.rebound.central.ingest.BatchWriter;
import io.rebound.central.ingest.Decoded;
import io.rebound.central.ingest.InboundMessage;
import io.rebound.central.ingest.MessageDecoder;
import io.rebound.central.process.model.ReplayOutcome;
import io.rebound.central.process.model.ReplayResult;
import io.rebound.central.process.store.StepReplay;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Replays a dead-lettered MESSAGE: its stored payload goes through the normal ingest path (decode,
 * {@link BatchWriter} in one transaction, acks to the store). The event-id dedupe makes it
 * idempotent; a message that is still poison changes nothing and is REFUSED with the reason.
 */
@Singleton
public class MessageReplay {
  private final Database database;
  private final BatchWriter writer;
  private final AckPublisher acks;
  private final Clock clock = Clock.systemUTC();

  @Inject
  public MessageReplay(Database database, BatchWriter writer, AckPublisher acks) {
    this.database = database;
    this.writer = writer;
    this.acks = acks;
  }

  ReplayResult replay(DeadLetterView letter) {
    Instant now = clock.instant();
    Decoded decoded =
        MessageDecoder.decode(
            new InboundMessage(
                letter.topic(),
                letter.payload().getBytes(StandardCharsets.UTF_8),
                false,
                now,
                () -> {}));
    if (decoded instanceof Decoded.Poison p) {
      return result(letter, ReplayOutcome.REFUSED, "the message is still refused: " + p.reason());
    }
    if (decoded instanceof Decoded.Ignored) {
      return result(
          letter, ReplayOutcome.REFUSED, "topic " + letter.topic() + " is not consumed by central");
    }
    BatchResult written;
    try {
      written =
          database.inTransaction(
              c -> {
                BatchResult r = writer.write(c, List.of(decoded));
                if (r.deadLettered() > 0) {
                  c.rollback();
                } else {
                  StepReplay.markReplayed(c, letter.id(), now);
                }
                return r;
              });
    } catch (SQLException e) {
      throw new DatabaseException(
          "replay of dead letter " + letter.id() + ": " + e.getMessage(), e);
    }
    if (written.deadLettered() > 0) {
      String reason = written.acks().isEmpty() ? "refused" : written.acks().get(0).ack().reason();
      return result(letter, ReplayOutcome.REFUSED, "the message is still refused: " + reason);
    }
    acks.publish(written.acks());
    if (written.duplicates() > 0) {
      return result(
          letter, ReplayOutcome.NO_OP, "event " + letter.eventId() + " is already stored");
    }
    return result(
        letter,
        ReplayOutcome.REINGESTED,
        decoded instanceof Decoded.Event e
            ? "event " + e.envelope().eventId() + " stored through the normal ingest path"
            : "status applied through the normal ingest path");
  }

  private static ReplayResult result(DeadLetterView letter, ReplayOutcome outcome, String detail) {
    return new ReplayResult(
        letter.id(), DeadLetterKind.MESSAGE, outcome, detail, null, null, null, 0);
  }
}
