package io.rebound.protocols.envelope;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.EventId;

/**
 * Central's application-level acknowledgement of one event: it is committed in central's database
 * (or dead-lettered). {@code reason} is set for {@link AckOutcome#DEAD_LETTERED}. {@code sequence}
 * is 0 when central could not read it from a poison message.
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
}
