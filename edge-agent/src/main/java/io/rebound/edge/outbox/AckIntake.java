package io.rebound.edge.outbox;

import io.rebound.edge.mqtt.InboundMessage;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckBatch;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.topics.TopicKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Receives central's {@link AckBatch}es on {@code …/acks} and records them: acks queue up while one
 * write-lane task marks the previous ones, so many acks share one task and one commit. Malformed
 * batches and batches for another store are logged and ignored (central resends after the relay
 * resends). Duplicate acks change nothing.
 */
@ApplicationScoped
public class AckIntake {
  private static final Logger LOG = Logger.getLogger(AckIntake.class);
  private static final int MAX_ACKS_PER_TASK = 10_000;

  private final MqttConnection connection;
  private final OutboxStore store;
  private final OutboxRelay relay;
  private final OutboxStatsCache stats;
  private final RelayMetrics metrics;
  private final PublishAttempts attempts;
  private final Clock clock = Clock.systemUTC();
  private final Queue<Ack> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean marking = new AtomicBoolean();

  public AckIntake(
      MqttConnection connection,
      OutboxStore store,
      OutboxRelay relay,
      OutboxStatsCache stats,
      RelayMetrics metrics,
      PublishAttempts attempts) {
    this.attempts = attempts;
    this.connection = connection;
    this.store = store;
    this.relay = relay;
    this.stats = stats;
    this.metrics = metrics;
  }

  void onMessage(@Observes InboundMessage message) {
    if (message.topic().kind() == TopicKind.ACKS) {
      accept(message.payload());
    }
  }

  /** Decodes, checks and queues one ack batch. */
  void accept(byte[] payload) {
    AckBatch batch;
    try {
      batch = ProtocolJson.decode(payload, AckBatch.class);
    } catch (InvalidMessageException e) {
      LOG.warnf("ignoring a malformed ack batch: %s", e.getMessage());
      return;
    }
    if (!batch.storeId().equals(connection.storeId())) {
      LOG.warnf(
          "ignoring an ack batch for store %s (this is %s)", batch.storeId(), connection.storeId());
      return;
    }
    for (Ack ack : batch.acks()) {
      if (ack.outcome() == AckOutcome.DEAD_LETTERED) {
        LOG.warnf(
            "central dead-lettered event %s (sequence %d): %s",
            ack.eventId(), ack.sequence(), ack.reason());
      }
      queue.add(ack);
    }
    markQueued();
  }

  private void markQueued() {
    if (!marking.compareAndSet(false, true)) {
      return;
    }
    List<Ack> acks = new ArrayList<>();
    Ack next;
    while (acks.size() < MAX_ACKS_PER_TASK && (next = queue.poll()) != null) {
      acks.add(next);
    }
    if (acks.isEmpty()) {
      marking.set(false);
      if (!queue.isEmpty()) {
        markQueued();
      }
      return;
    }
    Instant now = clock.instant();
    store
        .markAcked(acks, now)
        .whenComplete(
            (marked, error) -> {
              try {
                if (error != null) {
                  LOG.warnf(
                      "recording %d acks failed (%s); the rows stay pending and are resent",
                      acks.size(), error.toString());
                } else {
                  metrics.acked(marked.newlyAcked());
                  stats.ackRecorded(now);
                  relay.acknowledged(eventIds(acks), marked.newlyAcked());
                  attempts.acknowledged(acks.stream().map(Ack::sequence).toList());
                }
              } finally {
                marking.set(false);
                if (!queue.isEmpty()) {
                  markQueued();
                }
              }
            });
  }

  private static List<EventId> eventIds(List<Ack> acks) {
    List<EventId> ids = new ArrayList<>(acks.size());
    for (Ack ack : acks) {
      ids.add(ack.eventId());
    }
    return ids;
  }
}
