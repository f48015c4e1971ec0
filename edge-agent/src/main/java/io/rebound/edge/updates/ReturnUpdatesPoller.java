package io.rebound.edge.updates;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.config.UpdatesConfig;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.requests.CentralRequests;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.requests.ReturnUpdates;
import io.rebound.protocols.requests.ReturnUpdatesRequest;
import io.rebound.protocols.schema.MessageKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Pulls central's update log for this store (how returns' refunds and ERP postings ended): on every
 * connect, every {@code rebound.updates.poll-interval} while connected, and at once again after a
 * page that says {@code more}. One request at a time, on its own thread; the cursor is read from
 * SQLite before each request (so it survives restarts) and each page is applied with the cursor in
 * one write-lane task ({@link OutcomeWriter}). No answer → asked again at the next poll.
 */
@ApplicationScoped
public class ReturnUpdatesPoller {
  private static final Logger LOG = Logger.getLogger(ReturnUpdatesPoller.class);

  /** Whether a request is under way (poller thread only). */
  enum PollState {
    IDLE,
    ASKING
  }

  private final UpdatesConfig config;
  private final StoreId store;
  private final CentralRequests requests;
  private final MqttConnection mqtt;
  private final ReadPool reads;
  private final WriteLane lane;
  private final Clock clock;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rebound-return-updates");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean queued = new AtomicBoolean();
  private PollState state = PollState.IDLE; // poller thread only

  public ReturnUpdatesPoller(
      EdgeConfig config,
      CentralRequests requests,
      MqttConnection mqtt,
      ReadPool reads,
      WriteLane lane,
      Clock clock) {
    this.config = config.updates();
    this.store = config.storeId();
    this.requests = requests;
    this.mqtt = mqtt;
    this.reads = reads;
    this.lane = lane;
    this.clock = clock;
    int size = this.config.pageSize();
    if (size < 1 || size > ReturnUpdatesRequest.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "rebound.updates.page-size must be 1-" + ReturnUpdatesRequest.MAX_LIMIT + ": " + size);
    }
  }

  void onStartup(@Observes @Priority(MqttConnection.START_PRIORITY + 20) StartupEvent event) {
    long every = config.pollInterval().toMillis();
    executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
  }

  void onConnection(@Observes ConnectionChanged change) {
    if (change.connected()) {
      poll();
    }
  }

  void onShutdown(@Observes ShutdownEvent event) {
    executor.shutdownNow();
  }

  /** The highest seq applied (what the next request asks after). */
  public long cursor() {
    return reads.read(UpdateCursor::read);
  }

  /** Asks central now, in the background (at most one request at a time); returns at once. */
  public void poll() {
    if (queued.compareAndSet(false, true) && !executor.isShutdown()) {
      executor.execute(this::ask);
    }
  }

  private void ask() {
    queued.set(false);
    try {
      if (state == PollState.ASKING || mqtt.state() != ConnectionState.CONNECTED) {
        return;
      }
      long after = cursor();
      state = PollState.ASKING;
      requests
          .ask(
              MessageKind.RETURN_UPDATES_REQUEST,
              ReturnUpdatesRequest.of(store, after, config.pageSize()),
              ReturnUpdates.class,
              config.answerTimeout())
          .thenCompose(this::apply)
          .whenComplete((more, error) -> executor.execute(() -> finished(more, error)));
    } catch (RuntimeException e) {
      state = PollState.IDLE;
      LOG.warnf("asking central for return updates failed: %s", e.toString());
    }
  }

  private CompletableFuture<Boolean> apply(Optional<ReturnUpdates> answer) {
    if (answer.isEmpty()) {
      return CompletableFuture.completedFuture(false);
    }
    ReturnUpdates page = answer.get();
    if (!page.storeId().equals(store)) {
      LOG.warnf("return updates for store %s ignored (this is %s)", page.storeId(), store);
      return CompletableFuture.completedFuture(false);
    }
    return lane.submit(c -> OutcomeWriter.apply(c, page, clock.instant()))
        .thenApply(
            applied -> {
              if (applied.recorded() > 0) {
                LOG.infof(
                    "return updates applied: %d outcome(s), %d refund(s) settled, cursor %d",
                    applied.recorded(), applied.refundsSettled(), applied.cursor());
              }
              return page.more();
            });
  }

  private void finished(Boolean more, Throwable error) {
    state = PollState.IDLE;
    if (error != null) {
      LOG.warnf("return updates not applied: %s", error.toString());
    } else if (Boolean.TRUE.equals(more)) {
      poll();
    }
  }
}
