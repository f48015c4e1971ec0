package io.rebound.edge.credit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.mqtt.ConnectionChanged;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.requests.CentralRequests;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.ids.RequestId;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.rebound.protocols.requests.CreditBlockRequest;
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
 * Keeps store-credit numbers in stock: while connected, when fewer than {@code
 * rebound.credit.low-water} remain, asks central for a block of {@code rebound.credit.block-size}
 * and stores the grant (one write-lane task). Checked at startup, on every connect and after each
 * number taken ({@link #check}); one request at a time, on its own thread. A request without an
 * answer is retried with the SAME request id after {@code rebound.credit.retry-interval}, so
 * central grants it once. A stored block wakes the {@link DeferredCreditIssuer} (store credit owed
 * for want of a number is then issued, oldest first).
 */
@ApplicationScoped
public class CreditRefill {
  private static final Logger LOG = Logger.getLogger(CreditRefill.class);

  /** Whether a block request is under way. */
  enum RefillState {
    IDLE,
    REQUESTING
  }

  private final EdgeConfig config;
  private final CentralRequests requests;
  private final MqttConnection mqtt;
  private final ReadPool reads;
  private final WriteLane lane;
  private final Clock clock;
  private final DeferredCreditIssuer issuer;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "rebound-credit-refill");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean queued = new AtomicBoolean();
  private RefillState state = RefillState.IDLE; // refill thread only
  private RequestId current; // refill thread only: the unanswered request, retried as is

  public CreditRefill(
      EdgeConfig config,
      CentralRequests requests,
      MqttConnection mqtt,
      ReadPool reads,
      WriteLane lane,
      Clock clock,
      DeferredCreditIssuer issuer) {
    this.config = config;
    this.requests = requests;
    this.mqtt = mqtt;
    this.reads = reads;
    this.lane = lane;
    this.clock = clock;
    this.issuer = issuer;
  }

  void onStartup(@Observes @Priority(MqttConnection.START_PRIORITY + 10) StartupEvent event) {
    check();
  }

  void onConnection(@Observes ConnectionChanged change) {
    if (change.connected()) {
      check();
    }
  }

  void onShutdown(@Observes ShutdownEvent event) {
    executor.shutdownNow();
  }

  /** Numbers not yet issued. */
  public long remaining() {
    return reads.read(CreditBlocks::remaining);
  }

  /** Refills if needed, in the background; returns at once. */
  public void check() {
    if (queued.compareAndSet(false, true)) {
      executor.execute(this::run);
    }
  }

  private void run() {
    queued.set(false);
    try {
      if (state == RefillState.REQUESTING || mqtt.state() != ConnectionState.CONNECTED) {
        return;
      }
      long remaining = remaining();
      if (remaining >= config.credit().lowWater()) {
        return;
      }
      if (current == null) {
        current = RequestId.mint(clock);
      }
      RequestId id = current;
      state = RefillState.REQUESTING;
      LOG.infof("%d store-credit numbers left: requesting a block (%s)", remaining, id);
      requests
          .ask(
              MessageKind.CREDIT_BLOCK_REQUEST,
              CreditBlockRequest.of(config.storeId(), id, config.credit().blockSize()),
              CreditBlockGrant.class,
              config.credit().retryInterval())
          .thenCompose(answer -> store(id, answer))
          .whenComplete((granted, error) -> executor.execute(() -> finished(granted, error)));
    } catch (RuntimeException e) {
      LOG.warnf("store-credit refill check failed: %s", e.toString());
      retryLater();
    }
  }

  private CompletableFuture<Boolean> store(RequestId id, Optional<CreditBlockGrant> answer) {
    if (answer.isEmpty() || !answer.get().requestId().equals(id)) {
      return CompletableFuture.completedFuture(false);
    }
    CreditBlockGrant grant = answer.get();
    return lane.submit(c -> CreditBlocks.record(c, grant))
        .thenApply(
            stored -> {
              LOG.infof(
                  "store-credit block %s: numbers %d..%d",
                  grant.blockId(), grant.firstNumber(), grant.lastNumber());
              issuer.issueOwed();
              return true;
            });
  }

  private void finished(Boolean granted, Throwable error) {
    state = RefillState.IDLE;
    if (error == null && Boolean.TRUE.equals(granted)) {
      current = null;
      check();
      return;
    }
    LOG.infof(
        "no store-credit block yet (%s); retrying in %s",
        error == null ? "no answer" : error.toString(), config.credit().retryInterval());
    retryLater();
  }

  private void retryLater() {
    if (!executor.isShutdown()) {
      executor.schedule(
          this::check, config.credit().retryInterval().toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
