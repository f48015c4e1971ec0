package io.rebound.central.ingest;

import io.rebound.central.deadletters.DeadLetterWriter.NewDeadLetter;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.returns.ReturnAccepted;
import java.sql.SQLException;
import java.util.Optional;

/** Builds dead-letter records from poison messages and from events the database refused. */
final class DeadLetters {
  private DeadLetters() {}

  static NewDeadLetter of(Decoded.Poison p) {
    return new NewDeadLetter(
        p.reason(),
        p.rule(),
        p.field(),
        p.source().topic(),
        p.storeId().map(StoreId::value),
        p.eventId().map(EventId::value),
        p.sequence(),
        p.source().receivedAt(),
        p.source().payload());
  }

  /** A second event for a return id that another event already stored. */
  static Decoded.Poison returnConflict(Decoded.Event e) {
    ReturnAccepted accepted = (ReturnAccepted) e.envelope().payload();
    return new Decoded.Poison(
        e.source(),
        "payload.returnId: return "
            + accepted.returnId()
            + " was already stored from another event (rule: return-id-unique)",
        "return-id-unique",
        "payload.returnId",
        Optional.of(e.storeId()),
        Optional.of(e.envelope().eventId()),
        e.envelope().sequence());
  }

  /** An event (or status) whose write PostgreSQL rejected as data (constraint, bad value). */
  static Decoded.Poison refusedByDatabase(Decoded d, SQLException e) {
    String constraint = Constraints.name(e);
    String field = Constraints.field(constraint);
    String rule = constraint == null ? "storage-rejected" : "storage-" + constraint;
    String reason =
        field + ": rejected by the database: " + e.getMessage() + " (rule: " + rule + ")";
    if (d instanceof Decoded.Event ev) {
      return new Decoded.Poison(
          d.source(),
          reason,
          rule,
          field,
          Optional.of(ev.storeId()),
          Optional.of(ev.envelope().eventId()),
          ev.envelope().sequence());
    }
    if (d instanceof Decoded.Status st) {
      return new Decoded.Poison(
          d.source(), reason, rule, field, Optional.of(st.status().storeId()), Optional.empty(), 0);
    }
    return new Decoded.Poison(
        d.source(), reason, rule, field, Optional.empty(), Optional.empty(), 0);
  }
}
