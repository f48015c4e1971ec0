package io.rebound.e2e.harness;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A running burst of concurrent POS posts; observe progress while it runs, then {@link #await}. */
public final class Burst {
  private final ConcurrentLinkedQueue<PostResult> results = new ConcurrentLinkedQueue<>();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();
  private final ExecutorService terminals;
  private final long startNanos = System.nanoTime();

  private Burst(int terminalCount) {
    this.terminals =
        Executors.newFixedThreadPool(
            terminalCount,
            r -> {
              Thread t = new Thread(r, "pos-terminal");
              t.setDaemon(true);
              return t;
            });
  }

  static Burst start(
      PosClient client,
      int total,
      int terminalCount,
      String keyPrefix,
      IntFunction<String> bodyFor) {
    Burst burst = new Burst(terminalCount);
    for (int t = 0; t < terminalCount; t++) {
      burst.terminals.submit(
          () -> {
            for (int i = burst.next.getAndIncrement();
                i < total;
                i = burst.next.getAndIncrement()) {
              PostResult r = client.post(keyPrefix + "-" + i, bodyFor.apply(i));
              burst.results.add(r);
              if (r.accepted()) {
                burst.accepted.incrementAndGet();
              }
            }
          });
    }
    burst.terminals.shutdown();
    return burst;
  }

  /** 2xx answers so far. */
  public int acceptedSoFar() {
    return accepted.get();
  }

  /** Waits until every post has an outcome. */
  public BurstResult await(Duration timeout) {
    try {
      if (!terminals.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        terminals.shutdownNow();
        throw new HarnessException("burst did not finish within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted while waiting for a burst", e);
    }
    return new BurstResult(List.copyOf(results), Duration.ofNanos(System.nanoTime() - startNanos));
  }
}
