package io.rebound.e2e.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmark sizes, from {@code key=value} arguments (also several in one argument, space
 * separated). Unknown keys are rejected with the list of known ones.
 *
 * @param sqliteRows (a) single-row commits
 * @param requests (b) requests per measurement with the JVM client (when wrk is missing)
 * @param seconds (b) length of each wrk measurement (per concurrency level, online and offline)
 * @param warmup (b) requests before the first measurement (JVM client)
 * @param warmupSeconds (b) then, with wrk, this long a wrk run that is not measured: the agent's
 *     JIT needs tens of thousands of requests on two shared cores before its figures settle
 * @param backlog (c) returns queued while the broker is down
 * @param mqttMessages (d) raw QoS 1 publishes
 */
public record BenchArgs(
    int sqliteRows,
    int requests,
    int seconds,
    int warmup,
    int warmupSeconds,
    int backlog,
    int mqttMessages) {
  static final Map<String, Integer> DEFAULTS = defaults();

  private static Map<String, Integer> defaults() {
    Map<String, Integer> d = new LinkedHashMap<>();
    d.put("sqlite-rows", 5_000);
    d.put("requests", 5_000);
    d.put("seconds", 10);
    d.put("warmup", 3_000);
    d.put("warmup-seconds", 20);
    d.put("backlog", 50_000);
    d.put("mqtt-messages", 50_000);
    return d;
  }

  public static BenchArgs parse(String... args) {
    Map<String, Integer> values = new LinkedHashMap<>(DEFAULTS);
    for (String arg : args) {
      for (String token : arg.trim().split("\\s+")) {
        if (token.isEmpty() || token.equals("defaults")) {
          continue;
        }
        int eq = token.indexOf('=');
        String key = eq < 0 ? token : token.substring(0, eq);
        if (eq < 0 || !values.containsKey(key)) {
          throw new IllegalArgumentException(
              "argument '" + token + "': expected key=value with key one of " + DEFAULTS.keySet());
        }
        int value = Integer.parseInt(token.substring(eq + 1).replace("_", ""));
        if (value < 1) {
          throw new IllegalArgumentException("argument '" + token + "': must be at least 1");
        }
        values.put(key, value);
      }
    }
    return new BenchArgs(
        values.get("sqlite-rows"),
        values.get("requests"),
        values.get("seconds"),
        values.get("warmup"),
        values.get("warmup-seconds"),
        values.get("backlog"),
        values.get("mqtt-messages"));
  }
}
