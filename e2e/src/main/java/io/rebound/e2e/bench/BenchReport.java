package io.rebound.e2e.bench;

import io.rebound.e2e.harness.Latencies;
import java.util.List;
import java.util.Locale;

/** The benchmark's table: figures first, then the ratios the targets are stated in. */
record BenchReport(
    double sqliteRowsPerSecond, List<Measurement> acceptance, Drain drain, double mqttPerSecond) {

  String render() {
    StringBuilder out = new StringBuilder();
    out.append("| measurement | figure | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
    row(
        out,
        "(a) SQLite, 1 KB row per commit, WAL + FULL",
        rate(sqliteRowsPerSecond, "rows/s"),
        "",
        "");
    for (Measurement m : acceptance) {
      row(
          out,
          "(b) agent POST, " + m.terminals() + " terminals, " + m.label(),
          rate(m.perSecond(), "returns/s"),
          Latencies.millis(m.p50()),
          Latencies.millis(m.p99()));
    }
    row(
        out,
        "(c) backlog drain, " + drain.returns() + " returns, broker up → all acked by central",
        rate(drain.perSecond(), "returns/s")
            + String.format(Locale.ROOT, " (%.1f s)", Drain.seconds(drain.total())),
        "",
        "");
    row(
        out,
        "(c) the same, from the first ack",
        rate(drain.perSecondAfterFirstAck(), "returns/s")
            + String.format(Locale.ROOT, " (%.1f s)", Drain.seconds(drain.afterFirstAck())),
        "",
        "");
    row(
        out,
        "(d) raw MQTT 5 QoS 1, 1 KB, 1 publisher → subscriber",
        rate(mqttPerSecond, "msg/s"),
        "",
        "");
    out.append("\n| ratio | measured | target |\n|---|---:|---|\n");
    for (int t : new int[] {16, 64}) {
      find("online", t)
          .ifPresent(
              m ->
                  ratio(
                      out,
                      "(b) online " + t + " / (a)",
                      m.perSecond() / sqliteRowsPerSecond,
                      "≥ 1.0"));
    }
    for (int t : new int[] {16, 64}) {
      var on = find("online", t);
      var off = find("offline", t);
      if (on.isPresent() && off.isPresent()) {
        ratio(
            out,
            "(b) offline / online throughput, " + t + " terminals",
            off.get().perSecond() / on.get().perSecond(),
            "≥ 0.95");
        ratio(
            out,
            "(b) offline / online p99, " + t + " terminals",
            off.get().p99().toNanos() / (double) on.get().p99().toNanos(),
            "≤ 1.05");
      }
    }
    find("online", 16)
        .ifPresent(
            m ->
                out.append("| (b) p99 at 16 terminals, online | ")
                    .append(Latencies.millis(m.p99()))
                    .append(" ms | ≤ 20 ms |\n"));
    ratio(out, "(c) / (d), from broker up", drain.perSecond() / mqttPerSecond, "≥ 0.3");
    ratio(
        out,
        "(c) / (d), from the first ack",
        drain.perSecondAfterFirstAck() / mqttPerSecond,
        "≥ 0.3");
    return out.toString();
  }

  private java.util.Optional<Measurement> find(String label, int terminals) {
    return acceptance.stream()
        .filter(m -> m.label().equals(label) && m.terminals() == terminals)
        .findFirst();
  }

  private static void row(StringBuilder out, String what, String figure, String p50, String p99) {
    out.append("| ")
        .append(what)
        .append(" | ")
        .append(figure)
        .append(" | ")
        .append(p50)
        .append(" | ")
        .append(p99)
        .append(" |\n");
  }

  private static void ratio(StringBuilder out, String what, double value, String target) {
    out.append(String.format(Locale.ROOT, "| %s | %.2f× | %s |%n", what, value, target));
  }

  private static String rate(double perSecond, String unit) {
    return String.format(Locale.ROOT, "%,.0f %s", perSecond, unit);
  }
}
