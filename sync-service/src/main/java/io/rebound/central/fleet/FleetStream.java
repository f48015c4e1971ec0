package io.rebound.central.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.stores.StatusesCommitted;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * The live fleet behind {@code GET /api/v1/stores/stream}. Pushes a {@code fleet} event with the
 * whole {@link FleetSnapshot} when a client connects, whenever store statuses commit ({@link
 * StatusesCommitted}), and whenever the periodic re-read ({@code rebound.fleet.recheck-interval})
 * finds the fleet changed — which is how a store whose last heartbeat ages past {@code
 * rebound.stores.offline-after} turns offline with no message at all. A {@code : heartbeat} comment
 * every {@code rebound.fleet.heartbeat-interval}, when each client's credentials are also checked
 * again (signed out, expired → an event {@code signed-out} and the stream ends). All work runs on
 * one thread of its own (never on the ingest thread); nothing is read while nobody watches.
 */
@Singleton
public class FleetStream {
  private static final Logger LOG = Logger.getLogger(FleetStream.class);

  private record Watcher(SseEventSink sink, Sse sse, BooleanSupplier signedIn) {}

  private final FleetRepository fleet;
  private final ObjectMapper json;
  private final Set<Watcher> watchers = new CopyOnWriteArraySet<>();
  private final ScheduledExecutorService thread;
  private volatile FleetSnapshot last;

  @Inject
  public FleetStream(FleetRepository fleet, ObjectMapper json, CentralConfig config) {
    this.fleet = fleet;
    this.json = json;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rebound-fleet-stream");
              t.setDaemon(true);
              return t;
            });
    schedule(config.fleet().recheckInterval(), () -> refresh(false));
    schedule(config.fleet().heartbeatInterval(), this::heartbeat);
  }

  private void schedule(Duration every, Runnable task) {
    thread.scheduleWithFixedDelay(
        () -> {
          if (!watchers.isEmpty()) {
            task.run();
          }
        },
        every.toMillis(),
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Adds a client; it receives the current fleet at once. {@code signedIn} is asked at every
   * heartbeat: once false, the client gets an event {@code signed-out} and its stream ends.
   */
  public void watch(SseEventSink sink, Sse sse, BooleanSupplier signedIn) {
    Watcher watcher = new Watcher(sink, sse, signedIn);
    watchers.add(watcher);
    submit(
        () -> {
          FleetSnapshot current = read();
          if (current != null) {
            last = current;
            send(watcher, fleetEvent(sse, current));
          }
        });
  }

  void onStatuses(@Observes StatusesCommitted committed) {
    if (!watchers.isEmpty()) {
      submit(() -> refresh(true));
    }
  }

  private void refresh(boolean always) {
    FleetSnapshot current = read();
    if (current == null || (!always && current.sameFleet(last))) {
      return;
    }
    last = current;
    for (Watcher w : watchers) {
      send(w, fleetEvent(w.sse(), current));
    }
  }

  private void heartbeat() {
    for (Watcher w : watchers) {
      if (stillSignedIn(w)) {
        send(w, w.sse().newEventBuilder().comment("heartbeat").build());
      } else {
        watchers.remove(w);
        OutboundSseEvent out = w.sse().newEventBuilder().name("signed-out").data("{}").build();
        w.sink().send(out).whenComplete((ok, failure) -> w.sink().close());
      }
    }
  }

  private static boolean stillSignedIn(Watcher w) {
    try {
      return w.signedIn().getAsBoolean();
    } catch (DatabaseException e) {
      LOG.debugf("credentials not re-checked: %s", e.getMessage());
      return true;
    }
  }

  private FleetSnapshot read() {
    try {
      return fleet.snapshot();
    } catch (DatabaseException e) {
      LOG.debugf("fleet not refreshed: %s", e.getMessage());
      return null;
    }
  }

  private OutboundSseEvent fleetEvent(Sse sse, FleetSnapshot snapshot) {
    String data;
    try {
      data = json.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("fleet snapshot not serializable", e);
    }
    return sse.newEventBuilder()
        .name("fleet")
        .mediaType(MediaType.TEXT_PLAIN_TYPE)
        .data(String.class, data)
        .build();
  }

  private void send(Watcher watcher, OutboundSseEvent event) {
    if (watcher.sink().isClosed()) {
      watchers.remove(watcher);
      return;
    }
    watcher
        .sink()
        .send(event)
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                watchers.remove(watcher);
                watcher.sink().close();
              }
            });
  }

  private void submit(Runnable task) {
    try {
      thread.execute(task);
    } catch (RejectedExecutionException e) {
      LOG.debug("shutting down: fleet not pushed");
    }
  }

  /** Number of connected clients (for tests and diagnostics). */
  public int watchers() {
    return watchers.size();
  }

  @PreDestroy
  void stop() {
    thread.shutdownNow();
    watchers.forEach(w -> w.sink().close());
    watchers.clear();
  }
}
