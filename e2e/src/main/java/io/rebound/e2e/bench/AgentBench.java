package io.rebound.e2e.bench;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.BurstResult;
import io.rebound.e2e.harness.HarnessException;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.testing.MosquittoBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** (b) acceptance throughput online and offline, and (c) backlog drain, against one agent. */
final class AgentBench {
  private final Agent agent;
  private final MosquittoBroker broker;
  private final AtomicInteger sale = new AtomicInteger();

  AgentBench(Agent agent, MosquittoBroker broker) {
    this.agent = agent;
    this.broker = broker;
  }

  /**
   * {@code requests} returns from the JVM client, then (with wrk) {@code seconds} of unmeasured wrk
   * load like the measurements': 3,000 returns left the agent's JIT cold (a standalone agent went
   * from about 900 to 2,300 returns/s after tens of thousands more).
   */
  void warmup(int requests, int seconds, Path dir) throws IOException {
    burst("warmup", requests, 16);
    if (WrkLoad.available()) {
      WrkLoad.run("warmup", agent.app().baseUri().toString(), 16, Duration.ofSeconds(seconds), dir);
    }
    awaitDrained(Duration.ofMinutes(5));
  }

  /**
   * Online at each concurrency, then broker down and the same again. With {@code wrk} installed
   * (bin/bench installs it) each run lasts {@code seconds}; otherwise the JVM client posts {@code
   * requests} returns (and measures itself as much as the agent).
   */
  List<Measurement> acceptance(int requests, int seconds, Path dir, int... terminalCounts)
      throws IOException {
    List<Measurement> out = new ArrayList<>();
    for (int t : terminalCounts) {
      out.add(measure("online", requests, seconds, t, dir));
    }
    awaitDrained(Duration.ofMinutes(5));
    goOffline();
    for (int t : terminalCounts) {
      out.add(measure("offline", requests, seconds, t, dir));
    }
    broker.restart();
    awaitDrained(Duration.ofMinutes(10));
    return out;
  }

  private Measurement measure(String label, int requests, int seconds, int terminals, Path dir)
      throws IOException {
    if (WrkLoad.available()) {
      return WrkLoad.run(
          label, agent.app().baseUri().toString(), terminals, Duration.ofSeconds(seconds), dir);
    }
    return Measurement.of(label, terminals, burst(label + "-" + terminals, requests, terminals));
  }

  /** Queues {@code backlog} returns with the broker down, starts it, times until all are acked. */
  Drain backlogDrain(int backlog) {
    goOffline();
    burst("backlog", backlog, 64);
    Awaitility.await("the backlog waits in the outbox")
        .atMost(Duration.ofSeconds(10))
        .until(() -> agent.status().outboxDepth(), d -> d >= backlog);
    long start = System.nanoTime();
    broker.restart();
    Awaitility.await("first ack")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> agent.status().outboxDepth(), d -> d < backlog);
    long firstAck = System.nanoTime();
    awaitDrained(Duration.ofMinutes(20));
    long end = System.nanoTime();
    return new Drain(backlog, Duration.ofNanos(end - start), Duration.ofNanos(end - firstAck));
  }

  private void goOffline() {
    broker.stop();
    Awaitility.await("agent offline")
        .atMost(Duration.ofSeconds(60))
        .until(() -> agent.status().mode(), "OFFLINE"::equals);
  }

  private void awaitDrained(Duration timeout) {
    Awaitility.await("outbox drained")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> agent.status().outboxDepth(), d -> d == 0);
  }

  private BurstResult burst(String prefix, int requests, int terminals) {
    int base = sale.getAndAdd(requests);
    BurstResult r =
        agent
            .pos()
            .run(
                requests,
                terminals,
                "bench-" + prefix,
                i -> ReturnBodies.json(ReturnBodies.cardReturn(base + i)));
    if (r.accepted().size() != requests) {
      throw new HarnessException(
          prefix
              + ": "
              + (requests - r.accepted().size())
              + " requests failed:\n"
              + r.sampleFailures());
    }
    return r;
  }
}
