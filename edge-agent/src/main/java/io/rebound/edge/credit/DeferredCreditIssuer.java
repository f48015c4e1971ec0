package io.rebound.edge.credit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.store.WriteLane;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Issues the store credit that was accepted {@code DEFERRED} because no number was left, once
 * numbers are there again: at startup (numbers may be on hand) and after every block {@link
 * CreditRefill} stores. Oldest first, one {@link IssueOldestDeferred} write-lane task per return,
 * until nothing is owed or the numbers run out (then the refill asks for the next block, as after
 * an accept). Runs on its own thread; requests to run while it runs are coalesced into one more
 * pass.
 */
@ApplicationScoped
public class DeferredCreditIssuer {
  private static final Logger LOG = Logger.getLogger(DeferredCreditIssuer.class);

  private final WriteLane lane;
  private final CreditRefill refill;
  private final Clock clock;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "rebound-credit-issuer");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean queued = new AtomicBoolean();

  DeferredCreditIssuer(WriteLane lane, CreditRefill refill, Clock clock) {
    this.lane = lane;
    this.refill = refill;
    this.clock = clock;
  }

  void onStartup(@Observes @Priority(MqttConnection.START_PRIORITY + 20) StartupEvent event) {
    issueOwed();
  }

  void onShutdown(@Observes ShutdownEvent event) {
    executor.shutdownNow();
  }

  /** Issues what is owed, in the background; returns at once. */
  public void issueOwed() {
    if (!executor.isShutdown() && queued.compareAndSet(false, true)) {
      executor.execute(this::run);
    }
  }

  private void run() {
    queued.set(false);
    int issued = 0;
    try {
      IssueOutcome outcome;
      do {
        outcome = lane.submit(new IssueOldestDeferred(clock)).join();
        if (outcome instanceof IssueOutcome.Issued i) {
          issued++;
          LOG.infof("deferred store credit of return %s issued as %s", i.returnId(), i.reference());
        }
      } while (outcome instanceof IssueOutcome.Issued);
      if (outcome instanceof IssueOutcome.NoNumberLeft) {
        LOG.infof("store credit still owed, no number left after issuing %d", issued);
      }
    } catch (RuntimeException e) {
      LOG.warnf("issuing deferred store credit failed after %d: %s", issued, e.toString());
    }
    refill.check();
  }
}
