package io.rebound.central.ingest;

import io.quarkus.runtime.StartupEvent;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.security.MessageKeys;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.security.MessageKey;
import io.rebound.protocols.security.MessageSignature;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Authenticates every message on a store's {@code events} topic before anything in it is trusted:
 * the {@code rebound-signature} user property must be the HMAC-SHA256 of the exact payload with the
 * TOPIC's store's active key (so topic store, key and — checked by the decoder — envelope store all
 * agree). A failure turns the message into a {@link Decoded.Poison} with rule {@value
 * MessageSignature#RULE}, which is dead-lettered and never acknowledged to the store: a forged
 * event carrying a real event id cannot clear the real outbox row.
 */
@Singleton
public class SignatureGuard {
  private static final Logger LOG = Logger.getLogger(SignatureGuard.class);

  private final MessageKeys keys;
  private final boolean required;

  public SignatureGuard(MessageKeys keys, CentralConfig config) {
    this.keys = keys;
    this.required = config.security().requireSignatures();
  }

  void warnIfOff(@Observes StartupEvent event) {
    if (!required) {
      LOG.warn(
          "rebound.security.require-signatures=false: UNSIGNED EVENTS ARE ACCEPTED from any client"
              + " that may publish on a store's topic. Development only; never in production.");
    }
  }

  /** {@code decoded} itself, or a signature poison in its place. Never throws. */
  public Decoded check(Decoded decoded) {
    InboundMessage source = decoded.source();
    StoreTopic topic;
    try {
      topic = StoreTopic.parse(source.topic());
    } catch (InvalidMessageException e) {
      return decoded;
    }
    if (topic.kind() != TopicKind.EVENTS) {
      return decoded;
    }
    String signature = source.userProperty(MessageSignature.SIGNATURE_PROPERTY).orElse(null);
    if (signature == null && !required) {
      return decoded;
    }
    Optional<String> failure = failure(topic.storeId(), source, signature);
    return failure.isEmpty() ? decoded : poison(decoded, topic.storeId(), failure.get());
  }

  private Optional<String> failure(StoreId store, InboundMessage source, String signature) {
    Optional<MessageKey> key;
    try {
      key = keys.active(store);
    } catch (RuntimeException e) {
      return Optional.of("cannot be checked: the store's key could not be read");
    }
    if (key.isEmpty()) {
      return Optional.of("cannot be checked: store '" + store + "' has no active message key");
    }
    if (signature == null) {
      return Optional.of("is missing");
    }
    String keyId = source.userProperty(MessageSignature.KEY_ID_PROPERTY).orElse("");
    if (!key.get().keyId().equals(keyId)) {
      return Optional.of(
          "was made with key '" + keyId + "', not the store's active key " + key.get().keyId());
    }
    if (!MessageSignature.verify(key.get(), source.payload(), signature)) {
      return Optional.of("does not match the payload with the store's key " + keyId);
    }
    return Optional.empty();
  }

  private static Decoded poison(Decoded decoded, StoreId store, String why) {
    Optional<EventId> eventId = Optional.empty();
    long sequence = 0;
    if (decoded instanceof Decoded.Event e) {
      eventId = Optional.of(e.envelope().eventId());
      sequence = e.envelope().sequence();
    } else if (decoded instanceof Decoded.Poison p) {
      eventId = p.eventId();
      sequence = p.sequence();
    }
    return new Decoded.Poison(
        decoded.source(),
        MessageSignature.SIGNATURE_PROPERTY + ": " + why + " (rule: " + MessageSignature.RULE + ")",
        MessageSignature.RULE,
        MessageSignature.SIGNATURE_PROPERTY,
        Optional.of(store),
        eventId,
        sequence);
  }
}
