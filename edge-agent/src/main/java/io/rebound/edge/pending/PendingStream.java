package io.rebound.edge.pending;

import io.quarkus.runtime.ShutdownEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.security.api.StillSignedIn;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.json.ProtocolJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/v1/pending/stream}: the pending queue as server-sent events. On connect and after
 * every commit that changed it (accepts, central's acks, approvals, inspections, retries; commits
 * within {@code rebound.ui.stream-min-interval} fold into one), an event {@code snapshot} whose
 * data is the whole {@link PendingSnapshot} JSON; every {@code rebound.ui.stream-heartbeat} a fresh
 * snapshot if anything changed that no commit reports (publish counts), else a {@code :heartbeat}
 * comment. At each heartbeat every stream whose credentials no longer let it in ({@link
 * StillSignedIn}: session expired or signed out, terminal token revoked) gets an event {@code
 * signed-out} and is ended, so an open screen cannot outlive its session. A Vert.x route behind the
 * authentication gate (terminal token or back-office session); snapshots are read on one thread of
 * its own, never on the event loop.
 */
@Singleton
public class PendingStream {
  /** The stream's path. */
  public static final String PATH = "/api/v1/pending/stream";

  /** After the auth gate (-4) and the body limit (-3), before Quarkus REST. */
  static final int ORDER = -1;

  private static final Logger LOG = Logger.getLogger(PendingStream.class);
  private static final Buffer HEARTBEAT = Buffer.buffer(":heartbeat\n\n");
  private static final Buffer SIGNED_OUT = Buffer.buffer("event: signed-out\ndata: {}\n\n");

  private final PendingQueries queries;
  private final StillSignedIn stillSignedIn;
  private final Map<HttpServerResponse, BooleanSupplier> credentials = new ConcurrentHashMap<>();
  private final long minIntervalMillis;
  private final long heartbeatMillis;
  private final CopyOnWriteArrayList<HttpServerResponse> clients = new CopyOnWriteArrayList<>();
  private final AtomicBoolean refreshScheduled = new AtomicBoolean();
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rebound-pending-stream");
            t.setDaemon(true);
            return t;
          });
  private byte[] lastContent = new byte[0];

  PendingStream(
      PendingQueries queries, WriteLane lane, EdgeConfig config, StillSignedIn stillSignedIn) {
    this.queries = queries;
    this.stillSignedIn = stillSignedIn;
    this.minIntervalMillis = Math.max(10, config.ui().streamMinInterval().toMillis());
    this.heartbeatMillis = Math.max(100, config.ui().streamHeartbeat().toMillis());
    lane.addCommitListener(this::changed);
    worker.scheduleWithFixedDelay(
        this::heartbeat, heartbeatMillis, heartbeatMillis, TimeUnit.MILLISECONDS);
  }

  void install(@Observes Router router) {
    router.get(PATH).order(ORDER).handler(this::open);
  }

  void stop(@Observes ShutdownEvent event) {
    worker.shutdownNow();
    for (HttpServerResponse client : clients) {
      end(client);
    }
    clients.clear();
    credentials.clear();
  }

  /** Clients connected now (diagnostics and tests). */
  public int clients() {
    return clients.size();
  }

  private void open(RoutingContext ctx) {
    HttpServerResponse response = ctx.response();
    response
        .setChunked(true)
        .setStatusCode(200)
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .putHeader("X-Accel-Buffering", "no");
    response.closeHandler(v -> forget(response));
    response.exceptionHandler(e -> forget(response));
    response.write("retry: 2000\n\n");
    credentials.put(response, stillSignedIn.of(ctx));
    clients.add(response);
    worker.execute(() -> sendTo(response));
  }

  /** A commit listener: cheap, on the writer thread. */
  private void changed() {
    if (!clients.isEmpty() && refreshScheduled.compareAndSet(false, true)) {
      worker.schedule(this::refresh, minIntervalMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void refresh() {
    refreshScheduled.set(false);
    broadcast(true);
  }

  private void heartbeat() {
    for (HttpServerResponse client : clients) {
      BooleanSupplier signedIn = credentials.get(client);
      if (signedIn == null || !signedIn.getAsBoolean()) {
        forget(client);
        write(client, SIGNED_OUT);
        end(client);
      }
    }
    if (!clients.isEmpty() && !broadcast(false)) {
      clients.forEach(c -> write(c, HEARTBEAT));
    }
  }

  /** Sends a snapshot to every client if {@code always} or it differs; whether it sent one. */
  private boolean broadcast(boolean always) {
    try {
      PendingSnapshot snapshot = queries.snapshot();
      byte[] content = content(snapshot);
      if (!always && Arrays.equals(content, lastContent)) {
        return false;
      }
      lastContent = content;
      Buffer event = event(snapshot);
      clients.forEach(c -> write(c, event));
      return true;
    } catch (RuntimeException e) {
      LOG.debugf("pending snapshot not read: %s", e.getMessage());
      return false;
    }
  }

  private void sendTo(HttpServerResponse client) {
    try {
      write(client, event(queries.snapshot()));
    } catch (RuntimeException e) {
      LOG.debugf("pending snapshot not read: %s", e.getMessage());
    }
  }

  private static byte[] content(PendingSnapshot s) {
    return ProtocolJson.toBytes(
        new PendingSnapshot(
            Instant.EPOCH,
            s.blockedAfterAttempts(),
            s.eventCount(),
            s.blockedCount(),
            s.events(),
            s.refundCount(),
            s.refundTotals(),
            s.refunds(),
            s.refused()));
  }

  private static Buffer event(PendingSnapshot snapshot) {
    String json = new String(ProtocolJson.toBytes(snapshot), StandardCharsets.UTF_8);
    return Buffer.buffer("event: snapshot\ndata: " + json + "\n\n");
  }

  private void forget(HttpServerResponse client) {
    clients.remove(client);
    credentials.remove(client);
  }

  private void write(HttpServerResponse client, Buffer data) {
    if (client.ended() || client.closed()) {
      forget(client);
      return;
    }
    client
        .write(data)
        .onFailure(
            e -> {
              forget(client);
              end(client);
            });
  }

  private static void end(HttpServerResponse client) {
    try {
      if (!client.ended()) {
        client.end();
      }
    } catch (RuntimeException e) {
      LOG.debugf("stream already closed: %s", e.getMessage());
    }
  }
}
