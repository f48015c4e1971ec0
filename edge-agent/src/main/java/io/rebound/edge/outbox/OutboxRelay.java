package io.rebound.edge.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.IllegalTransitionException;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.mqtt.PublishFailure;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.upstream.CentralRejoined;
import io.rebound.edge.upstream.UpstreamChanged;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.topics.TopicKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;
import org.jboss.logging.Logger;

/**
 * Publishes PENDING outbox rows, in sequence order, at QoS 1, as soon as a commit happens (a {@link
 * WriteLane} commit listener wakes the relay thread: no polling delay). At most {@code
 * rebound.outbox.window} events are outstanding without central's ack. A row is done only when
 * central's {@code AckBatch} names it ({@link AckIntake}), never on PUBACK. On every (re)connect,
 * when central becomes reachable again or one of its instances starts a new session (the broker may
 * have dropped what was published before: no waiting for the ack timeout), and when acks make no
 * progress ({@link AckTimeout}), the relay rewinds to the lowest pending row and resends (central
 * deduplicates). While central is unreachable at most one window is outstanding. Hard publish
 * failures ({@link PublishFeedback}) pause publishing with exponential backoff and jitter, then
 * rewind.
 */
@ApplicationScoped
public class OutboxRelay {
  /** Startup observer priority: after the store opened. */
  public static final int START_PRIORITY = 3000;

  /** Shutdown observer priority: before the status goes OFFLINE and the connection closes. */
  public static final int STOP_PRIORITY = 100;

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final long ERROR_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final MqttConnection connection;
  private final OutboxStore store;
  private final WriteLane lane;
  private final RelayMetrics metrics;
  private final int batchSize;
  private final InFlightWindow window;
  private final AckTimeout ackTimeout;
  private final Backoff failureBackoff;
  private final PublishFeedback feedback;
  private final PublishAttempts attempts;

  private final AtomicBoolean signalled = new AtomicBoolean();
  private final AtomicLong rewindEpoch = new AtomicLong();
  private final AtomicReference<RelayPhase> phase = new AtomicReference<>(RelayPhase.NEW);
  private volatile Thread thread;

  // owned by the relay thread
  private long cursor;
  private long highWater;
  private long seenEpoch;
  private long backoffUntilNanos;
  private long pausedUntilNanos;
  private boolean errorLogged;

  public OutboxRelay(
      MqttConnection connection,
      OutboxStore store,
      WriteLane lane,
      RelayMetrics metrics,
      PublishAttempts attempts,
      EdgeConfig config) {
    this.connection = connection;
    this.attempts = attempts;
    this.store = store;
    this.lane = lane;
    this.metrics = metrics;
    EdgeConfig.Outbox outbox = config.outbox();
    if (outbox.batchSize() < 1) {
      throw new IllegalArgumentException(
          "rebound.outbox.batch-size must be at least 1: " + outbox.batchSize());
    }
    this.batchSize = outbox.batchSize();
    this.window = new InFlightWindow(outbox.window(), outbox.batchSize());
    DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    this.ackTimeout =
        new AckTimeout(
            outbox.ackTimeout(),
            new Backoff(outbox.ackTimeout().multipliedBy(2), outbox.resendMaxBackoff(), random),
            System.nanoTime());
    this.failureBackoff =
        new Backoff(config.mqtt().reconnectInitialDelay(), outbox.resendMaxBackoff(), random);
    this.feedback = new PublishFeedback(metrics, this::signal);
  }

  void onStartup(@Observes @Priority(START_PRIORITY) StartupEvent event) {
    start();
  }

  void onShutdown(@Observes @Priority(STOP_PRIORITY) ShutdownEvent event) {
    stop();
  }

  void onConnectionChanged(@Observes ConnectionChanged change) {
    if (change.connected()) {
      rewindEpoch.incrementAndGet();
    }
    signal();
  }

  /** Central is back: what went out while it was unreachable may be lost; resend it now. */
  void onUpstreamChanged(@Observes UpstreamChanged change) {
    if (change.centralBack()) {
      requestRewind("central reachable again (" + change.from() + " -> " + change.to() + ")");
    }
  }

  /** A central instance reconnected: the broker may have dropped what it could not route. */
  void onCentralRejoined(@Observes CentralRejoined rejoined) {
    requestRewind("central instance " + rejoined.instanceId() + " reconnected");
  }

  /**
   * Sends every pending event again now, from the lowest (a manager's retry from the pending
   * queue); central deduplicates what it already has.
   */
  public void resendNow(String why) {
    requestRewind(why);
  }

  private void requestRewind(String why) {
    LOG.debugf("outbox relay will rewind: %s", why);
    rewindEpoch.incrementAndGet();
    signal();
  }

  /** Starts the relay thread; it waits for the broker connection. */
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    moveTo(RelayPhase.WAITING_FOR_CONNECTION);
    lane.addCommitListener(this::signal);
    Thread t = new Thread(this::loop, "rebound-outbox-relay");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Stops the relay thread (rows stay PENDING and are resent after restart). */
  public void stop() {
    Thread t = thread;
    if (phase.getAndSet(RelayPhase.STOPPED) == RelayPhase.STOPPED || t == null) {
      return;
    }
    LockSupport.unpark(t);
    try {
      t.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Wakes the relay thread; cheap, callable from any thread. */
  public void signal() {
    signalled.set(true);
    Thread t = thread;
    if (t != null) {
      LockSupport.unpark(t);
    }
  }

  /** Called after acks were recorded: frees window slots and counts as ack progress. */
  void acknowledged(Collection<EventId> eventIds, int newlyAcked) {
    int removed = window.acknowledge(eventIds);
    if (removed > 0 || newlyAcked > 0) {
      ackTimeout.progress(System.nanoTime());
    }
    signal();
  }

  /** Events published and not yet acknowledged (diagnostics). */
  public int inFlight() {
    return window.size();
  }

  private void loop() {
    while (phase.get() != RelayPhase.STOPPED) {
      signalled.set(false);
      long waitNanos;
      try {
        waitNanos = step(System.nanoTime());
        errorLogged = false;
      } catch (RuntimeException e) {
        if (!errorLogged) {
          LOG.errorf(e, "outbox relay pass failed; retrying every second");
          errorLogged = true;
        }
        pausedUntilNanos = System.nanoTime() + ERROR_PAUSE_NANOS;
        waitNanos = ERROR_PAUSE_NANOS;
      }
      if (!signalled.get() && phase.get() != RelayPhase.STOPPED) {
        if (waitNanos > 0) {
          LockSupport.parkNanos(this, waitNanos);
        } else {
          LockSupport.park(this);
        }
      }
    }
    LOG.info("outbox relay stopped");
  }

  /** One pass; returns how long to sleep at most (0 = until signalled). */
  private long step(long now) {
    if (now < pausedUntilNanos) {
      return pausedUntilNanos - now;
    }
    if (connection.state() != ConnectionState.CONNECTED) {
      moveTo(RelayPhase.WAITING_FOR_CONNECTION);
      return 0;
    }
    if (feedback.takeSuccess()) {
      failureBackoff.reset();
    }
    RelayPhase current = phase.get();
    if (current == RelayPhase.WAITING_FOR_CONNECTION) {
      moveTo(RelayPhase.STREAMING);
      rewind(now, "connected");
    } else if (current == RelayPhase.BACKING_OFF) {
      if (now < backoffUntilNanos) {
        return backoffUntilNanos - now;
      }
      moveTo(RelayPhase.STREAMING);
      rewind(now, "backoff elapsed");
    } else if (seenEpoch != rewindEpoch.get()) {
      rewind(now, "reconnected or central back");
    }
    PublishFailure failure = feedback.takeHardFailure();
    if (failure != null) {
      return backOff(now, failure);
    }
    if (!window.isEmpty() && ackTimeout.expired(now)) {
      LOG.warnf(
          "no ack from central for %d ms with %d events in flight; resending",
          TimeUnit.NANOSECONDS.toMillis(ackTimeout.waitedNanos(now)), window.size());
      ackTimeout.escalate();
      rewind(now, "ack timeout");
    }
    fillWindow();
    return window.isEmpty() ? 0 : ackTimeout.remainingNanos(System.nanoTime());
  }

  private long backOff(long now, PublishFailure failure) {
    long delay = failureBackoff.next().toNanos();
    backoffUntilNanos = now + delay;
    moveTo(RelayPhase.BACKING_OFF);
    LOG.logf(
        failureBackoff.attempts() == 1 ? Logger.Level.WARN : Logger.Level.DEBUG,
        "publishing paused for %d ms after %s; then resending from the lowest pending event",
        TimeUnit.NANOSECONDS.toMillis(delay),
        failure.detail());
    return delay;
  }

  private void rewind(long now, String why) {
    seenEpoch = rewindEpoch.get();
    feedback.newGeneration();
    window.clear();
    cursor = 0;
    ackTimeout.restart(now);
    LOG.debugf("outbox relay rewinds to the lowest pending event (%s)", why);
  }

  private void fillWindow() {
    while (window.worthRefilling() && connection.state() == ConnectionState.CONNECTED) {
      int limit = Math.min(batchSize, window.room());
      List<OutboxRow> rows = store.pendingAfter(cursor, limit);
      for (OutboxRow row : rows) {
        publish(row);
      }
      if (rows.size() < limit) {
        return;
      }
    }
  }

  private void publish(OutboxRow row) {
    if (window.isEmpty()) {
      ackTimeout.busyFrom(System.nanoTime());
    }
    window.add(row.eventId());
    attempts.published(row.sequence(), Instant.now());
    cursor = row.sequence();
    metrics.published();
    if (row.sequence() <= highWater) {
      metrics.resent();
    } else {
      highWater = row.sequence();
    }
    long sentIn = feedback.generation();
    connection
        .publish(TopicKind.EVENTS, row.envelope(), false)
        .whenComplete((result, error) -> feedback.completed(row, sentIn, error));
  }

  private void moveTo(RelayPhase next) {
    RelayPhase from = phase.get();
    if (from == next || from == RelayPhase.STOPPED) {
      return;
    }
    if (!from.canMoveTo(next)) {
      throw new IllegalTransitionException(from, next);
    }
    if (phase.compareAndSet(from, next)) {
      LOG.debugf("outbox relay %s -> %s", from, next);
    }
  }
}
