package io.rebound.central.commands;

import io.rebound.central.CentralException;
import io.rebound.central.policies.StorePolicyChanged;
import io.rebound.central.policies.StorePolicyRepository;
import io.rebound.central.receipts.ReceiptKeyRepository;
import io.rebound.central.receipts.ReceiptKeysRotated;
import io.rebound.central.stores.StatusesCommitted;
import io.rebound.protocols.commands.StoreCommand;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.receipts.ReceiptKeySet;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * When central sends commands: a store's policy changed → {@code POLICY_UPDATE} to it; keys rotated
 * → {@code RECEIPT_KEYS} to every known store; a store came online (an ONLINE status with a {@code
 * since} this instance has not caught up yet, including the first one after central starts) → its
 * current policy and key set, so a store offline for a week catches up. The store ignores what it
 * already has (versions), so repeats are harmless. Work runs on one thread of its own: the ingest
 * thread and HTTP requests never wait for it.
 */
@Singleton
public class CommandTriggers {
  private static final Logger LOG = Logger.getLogger(CommandTriggers.class);

  private final CommandPublisher publisher;
  private final CommandTargets targets;
  private final StorePolicyRepository policies;
  private final ReceiptKeyRepository keys;
  private final Clock clock = Clock.systemUTC();
  private final Map<StoreId, Instant> caughtUp = new ConcurrentHashMap<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "rebound-commands"));

  public CommandTriggers(
      CommandPublisher publisher,
      CommandTargets targets,
      StorePolicyRepository policies,
      ReceiptKeyRepository keys) {
    this.publisher = publisher;
    this.targets = targets;
    this.policies = policies;
    this.keys = keys;
  }

  void onPolicyChanged(@Observes StorePolicyChanged changed) {
    run(
        () ->
            publisher.publish(
                StoreCommand.policyUpdate(
                    changed.policy().storeId(), changed.policy().policy(), clock)));
  }

  void onKeysRotated(@Observes ReceiptKeysRotated rotated) {
    run(
        () -> {
          for (StoreId store : targets.knownStores()) {
            publisher.publish(StoreCommand.receiptKeys(store, rotated.keys(), clock));
          }
        });
  }

  void onStatuses(@Observes StatusesCommitted committed) {
    for (StoreStatus status : committed.statuses()) {
      if (status.state() == ConnectionState.ONLINE
          && !status.since().equals(caughtUp.put(status.storeId(), status.since()))) {
        run(() -> catchUp(status.storeId()));
      }
    }
  }

  private void catchUp(StoreId store) {
    policies
        .find(store)
        .ifPresent(p -> publisher.publish(StoreCommand.policyUpdate(store, p.policy(), clock)));
    ReceiptKeySet set = keys.publicKeys();
    if (!set.keys().isEmpty()) {
      publisher.publish(StoreCommand.receiptKeys(store, set, clock));
    }
  }

  private void run(Runnable work) {
    try {
      worker.execute(
          () -> {
            try {
              work.run();
            } catch (CentralException | IllegalStateException e) {
              LOG.warnf(
                  "store commands not sent: %s (sent again when the store reconnects)",
                  e.getMessage());
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("shutting down: store commands not sent");
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
