package io.rebound.central.ingest;

import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.security.CardNumbers;
import io.rebound.protocols.security.MessageSignature;
import java.util.Optional;

/** What an inbound message turned out to be. */
public sealed interface Decoded {
  InboundMessage source();

  /** A valid event on its store's events topic. */
  record Event(InboundMessage source, EventEnvelope envelope) implements Decoded {
    public StoreId storeId() {
      return envelope.storeId();
    }
  }

  /** A valid status on its store's status topic. */
  record Status(InboundMessage source, StoreStatus status) implements Decoded {}

  /** A message on a topic central does not consume (nothing to do but acknowledge it). */
  record Ignored(InboundMessage source) implements Decoded {}

  /**
   * A message that cannot be processed: dead-lettered with the broken rule. {@code storeId} (from
   * the topic), {@code eventId} and {@code sequence} (from the body, 0 if unreadable) are filled in
   * when they could be read, so the store still gets an ack — unless the rule is {@code signature}
   * (the message may be forged: its event id must not clear anything at the store). Anything in
   * {@code reason} that looks like a card number is masked.
   */
  record Poison(
      InboundMessage source,
      String reason,
      String rule,
      String field,
      Optional<StoreId> storeId,
      Optional<EventId> eventId,
      long sequence)
      implements Decoded {

    public Poison {
      reason = CardNumbers.redact(reason);
    }

    /**
     * Whether an application-level ack can be sent: store and event id are known and the message is
     * authentic (not a signature failure).
     */
    public boolean ackable() {
      return storeId.isPresent() && eventId.isPresent() && !MessageSignature.RULE.equals(rule);
    }
  }
}
