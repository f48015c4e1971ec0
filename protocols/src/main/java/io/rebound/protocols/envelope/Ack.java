package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.EventId;

/**
 * Central's application-level acknowledgement of one event: it is committed in central's database
 * (or dead-lettered). {@code reason} is set for {@link AckOutcome#DEAD_LETTERED}. {@code sequence}
 * is 0 when central could not read it from a poison message. Guarantees: event id and outcome are
 * set, the sequence is not negative, a reason is 1–1000 characters and not blank.
 */
public record Ack(EventId eventId, long sequence, AckOutcome outcome, String reason) {
  public Ack {
    Checks.required(eventId, "eventId");
    if (sequence < 0) {
      throw new InvalidMessageException("sequence", "min", "must not be negative");
    }
    Checks.required(outcome, "outcome");
    if (reason != null) {
      Checks.text(reason, "reason", 1000);
    }
  }

  /** The event was committed for the first time. */
  public static Ack stored(EventId eventId, long sequence) {
    return new Ack(eventId, sequence, AckOutcome.STORED, null);
  }

  /** The event had been committed before (a redelivery). */
  public static Ack duplicate(EventId eventId, long sequence) {
    return new Ack(eventId, sequence, AckOutcome.DUPLICATE, null);
  }

  /** The event was dead-lettered for {@code reason}; it will not be processed. */
  public static Ack deadLettered(EventId eventId, long sequence, String reason) {
    return new Ack(eventId, sequence, AckOutcome.DEAD_LETTERED, Checks.required(reason, "reason"));
  }
}
