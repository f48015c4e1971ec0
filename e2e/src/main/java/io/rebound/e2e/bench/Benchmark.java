package io.rebound.e2e.bench;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.AppConfig;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.JdbcTarget;
import io.rebound.e2e.harness.LogSetup;
import io.rebound.e2e.harness.Postgres;
import io.rebound.e2e.harness.Workspace;
import io.rebound.testing.FreePort;
import io.rebound.testing.MosquittoBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The performance benchmark of issue 2, in one run on one disk: (a) raw SQLite commit rate, (b)
 * agent acceptance at 16 and 64 terminals online and offline, (c) backlog drain, (d) raw MQTT QoS 1
 * rate; prints a table with the ratios and writes it to {@code bench-results/}. Not a test.
 *
 * <p>Arguments ({@code key=value}, all optional): {@code sqlite-rows}, {@code requests}, {@code
 * warmup}, {@code warmup-seconds}, {@code backlog}, {@code mqtt-messages}; see {@link BenchArgs}.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws IOException {
    LogSetup.quiet();
    BenchArgs sizes = BenchArgs.parse(args);
    Path root = Workspace.root();
    Path dir = root.resolve("e2e/target/bench");
    Workspace.deleteRecursively(dir);
    Path logs = Files.createDirectories(dir.resolve("logs"));
    say("sizes: " + sizes + "; logs under " + logs);

    say("(a) SQLite single-row commits, WAL + FULL, in " + dir.resolve("agent"));
    double sqlite = SqliteCommitBench.run(dir.resolve("agent"), sizes.sqliteRows());
    BenchReport report;
    try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"), FreePort.find());
        Postgres pg = Postgres.start(dir.resolve("pg"))) {
      JdbcTarget db = pg.createDatabase("bench");
      try (Central central = Central.start(central(broker, db, dir, logs));
          Agent agent = Agent.start(agent(broker, dir, logs))) {
        say("central " + central.app().baseUri() + ", agent " + agent.app().baseUri());
        AgentBench bench = new AgentBench(agent, broker);
        say(
            "(b) warm-up: "
                + sizes.warmup()
                + " returns"
                + (WrkLoad.available() ? ", then " + sizes.warmupSeconds() + " s with wrk" : ""));
        bench.warmup(sizes.warmup(), sizes.warmupSeconds(), dir.resolve("wrk"));
        say(
            "(b) acceptance, online then broker down: "
                + (WrkLoad.available()
                    ? sizes.seconds() + " s per run with wrk"
                    : sizes.requests()
                        + " returns per run with the JVM client (install wrk for a"
                        + " lighter load generator)"));
        List<Measurement> acceptance =
            bench.acceptance(sizes.requests(), sizes.seconds(), dir.resolve("wrk"), 16, 64);
        say("(c) backlog: " + sizes.backlog() + " returns while the broker is down, then drain");
        Drain drain = bench.backlogDrain(sizes.backlog());
        say("(d) raw MQTT QoS 1: " + sizes.mqttMessages() + " messages of 1 KB");
        double mqtt = MqttPublishBench.run(broker.host(), broker.port(), sizes.mqttMessages());
        report = new BenchReport(sqlite, acceptance, drain, mqtt);
      }
    }
    String table = report.render();
    System.out.println();
    System.out.println(table);
    Path results = Files.createDirectories(root.resolve("bench-results"));
    Path file =
        results.resolve(
            "bench-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(ZoneOffset.UTC)
                    .format(Instant.now())
                + ".md");
    Files.writeString(file, "# Benchmark " + Instant.now() + "\n\n" + sizes + "\n\n" + table);
    say("written to " + file);
    System.exit(0);
  }

  private static AppConfig central(MosquittoBroker broker, JdbcTarget db, Path dir, Path logs) {
    return Central.config(
            "central-bench", broker.host(), broker.port(), db, dir.resolve("central"), logs)
        .withJvmOptions(List.of("-Xmx1g"));
  }

  private static AppConfig agent(MosquittoBroker broker, Path dir, Path logs) {
    return Agent.config("bench-store", dir.resolve("agent"), broker.host(), broker.port(), logs)
        .with("rebound.outbox.ack-timeout", "20s")
        .withJvmOptions(List.of("-Xmx512m"));
  }

  static void say(String line) {
    System.out.println("[bench] " + line);
  }
}
