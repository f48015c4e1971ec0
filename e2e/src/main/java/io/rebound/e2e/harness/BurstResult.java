package io.rebound.e2e.harness;

import io.rebound.protocols.ids.ReturnId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every outcome of a burst and how long it took. */
public record BurstResult(List<PostResult> results, Duration elapsed) {
  public BurstResult {
    results = List.copyOf(results);
  }

  public List<PostResult> accepted() {
    return results.stream().filter(PostResult::accepted).toList();
  }

  /** Return ids of all 2xx answers, in completion order. */
  public List<ReturnId> acceptedReturnIds() {
    return accepted().stream().map(PostResult::returnId).toList();
  }

  public Map<PostResult.Outcome, Long> outcomes() {
    return results.stream()
        .collect(Collectors.groupingBy(PostResult::outcome, Collectors.counting()));
  }

  public long count(PostResult.Outcome outcome) {
    return outcomes().getOrDefault(outcome, 0L);
  }

  /** Latencies of the 2xx answers. */
  public Latencies acceptedLatencies() {
    return Latencies.of(accepted().stream().map(PostResult::latency).toList());
  }

  /** 2xx answers per second over the whole burst. */
  public double acceptedPerSecond() {
    return accepted().size() / Math.max(1e-9, elapsed.toNanos() / 1e9);
  }

  /** A few non-2xx answers, for assertion messages. */
  public String sampleFailures() {
    return results.stream()
        .filter(r -> !r.accepted())
        .limit(5)
        .map(r -> r.status() + " " + r.body())
        .collect(Collectors.joining("\n"));
  }

  /** Results by idempotency key. */
  public Map<String, PostResult> byKey() {
    return results.stream().collect(Collectors.toMap(PostResult::key, Function.identity()));
  }
}
