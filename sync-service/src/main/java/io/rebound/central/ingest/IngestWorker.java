package io.rebound.central.ingest;

import io.rebound.central.acks.AckPublisher;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.SqlFailure;
import io.rebound.central.lifecycle.StateHolder;
import io.rebound.central.stores.StatusesCommitted;
import io.rebound.protocols.envelope.StoreStatus;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The ingest loop: takes up to {@code rebound.ingest.batch-size} messages, commits them in ONE
 * transaction, publishes the acks, and only then sends the MQTT acknowledgements. If the
 * transaction fails for a transient reason (database down) nothing is acknowledged and the same
 * batch is retried with backoff; if PostgreSQL rejects the data, the batch is retried one message
 * per transaction and the rejected message is dead-lettered.
 */
@Singleton
public class IngestWorker {
  private static final Logger LOG = Logger.getLogger(IngestWorker.class);
  private static final long POLL_MILLIS = 200;

  private final IngestQueue queue;
  private final Database database;
  private final BatchWriter writer;
  private final AckPublisher acks;
  private final IngestMetrics metrics;
  private final Event<StatusesCommitted> statusesCommitted;
  private final SignatureGuard signatures;
  private final int batchSize;
  private final Duration maxBackoff;
  private final StateHolder<WorkerState> state = new StateHolder<>("ingest", WorkerState.NEW);
  private volatile Thread thread;

  @Inject
  public IngestWorker(
      CentralConfig config,
      IngestQueue queue,
      Database database,
      BatchWriter writer,
      AckPublisher acks,
      IngestMetrics metrics,
      Event<StatusesCommitted> statusesCommitted,
      SignatureGuard signatures) {
    this.queue = queue;
    this.database = database;
    this.writer = writer;
    this.acks = acks;
    this.metrics = metrics;
    this.statusesCommitted = statusesCommitted;
    this.signatures = signatures;
    this.batchSize = config.ingest().batchSize();
    this.maxBackoff = config.ingest().maxRetryBackoff();
  }

  public void start() {
    state.moveTo(WorkerState.RUNNING);
    thread = new Thread(this::loop, "rebound-ingest");
    thread.start();
  }

  public WorkerState state() {
    return state.get();
  }

  /** Stops after the current attempt; messages not committed stay unacknowledged at the broker. */
  public void stop() {
    if (state.is(WorkerState.NEW)) {
      state.moveTo(WorkerState.STOPPED);
      return;
    }
    if (state.is(WorkerState.STOPPED)) {
      return;
    }
    state.moveTo(WorkerState.STOPPING);
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(Duration.ofSeconds(15).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    state.moveTo(WorkerState.STOPPED);
  }

  private boolean stopping() {
    return state.is(WorkerState.STOPPING) || state.is(WorkerState.STOPPED);
  }

  private void loop() {
    while (!stopping()) {
      try {
        List<InboundMessage> batch = queue.takeBatch(batchSize, POLL_MILLIS);
        if (!batch.isEmpty()) {
          process(batch);
        }
      } catch (InterruptedException e) {
        break;
      } catch (RuntimeException e) {
        LOG.error("ingest batch failed unexpectedly; its messages stay unacknowledged", e);
      }
    }
  }

  private void process(List<InboundMessage> batch) throws InterruptedException {
    List<Decoded> decoded =
        batch.stream().map(MessageDecoder::decode).map(signatures::check).toList();
    Optional<BatchResult> result = commit(decoded);
    if (result.isEmpty()) {
      return;
    }
    acks.publish(result.get().acks());
    batch.forEach(InboundMessage::acknowledge);
    metrics.record(batch.size(), result.get());
    IngestLog.committed(decoded, result.get());
    List<StoreStatus> statuses =
        decoded.stream()
            .filter(Decoded.Status.class::isInstance)
            .map(d -> ((Decoded.Status) d).status())
            .toList();
    if (!statuses.isEmpty()) {
      statusesCommitted.fire(new StatusesCommitted(statuses));
    }
  }

  /** Commits {@code items} in one transaction, retrying transient failures until stopped. */
  private Optional<BatchResult> commit(List<Decoded> items) throws InterruptedException {
    Backoff backoff = new Backoff(Duration.ofMillis(100), maxBackoff);
    int attempt = 0;
    while (!stopping()) {
      try {
        BatchResult result = database.inTransaction(c -> writer.write(c, items));
        if (state.is(WorkerState.RETRYING)) {
          state.moveTo(WorkerState.RUNNING);
          LOG.infof("ingest resumed after %d failed attempt(s)", attempt);
        }
        return Optional.of(result);
      } catch (SQLException e) {
        if (SqlFailure.of(e) == SqlFailure.DATA) {
          return items.size() == 1 ? refused(items.get(0), e) : oneByOne(items);
        }
        attempt++;
        if (state.is(WorkerState.RUNNING)) {
          state.moveTo(WorkerState.RETRYING);
        }
        IngestLog.retrying(items.size(), attempt, e);
        Thread.sleep(backoff.nextMillis());
      }
    }
    return Optional.empty();
  }

  private Optional<BatchResult> oneByOne(List<Decoded> items) throws InterruptedException {
    LOG.warnf("the database rejected a batch of %d: retrying one message at a time", items.size());
    BatchResult total = BatchResult.empty();
    for (Decoded item : items) {
      Optional<BatchResult> one = commit(List.of(item));
      if (one.isEmpty()) {
        return Optional.empty();
      }
      total = total.plus(one.get());
    }
    return Optional.of(total);
  }

  private Optional<BatchResult> refused(Decoded item, SQLException e) throws InterruptedException {
    if (item instanceof Decoded.Poison poison) {
      IngestLog.unrecordable(poison, e);
      return Optional.of(BatchWriter.unrecorded(poison));
    }
    return commit(List.of(DeadLetters.refusedByDatabase(item, e)));
  }
}
