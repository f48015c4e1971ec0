package io.rebound.e2e.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.testing.FreePort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The edge agent as a real process, with its SQLite file ({@code <data-dir>/edge.db}) and HTTP API.
 * Every configuration key is passed as {@code -Dkey=value}.
 */
public final class Agent implements AutoCloseable {
  /** Test-only key: the agent halts right after committing the return with this key. */
  public static final String FAULT_HALT_AFTER_COMMIT_KEY = "rebound.fault.halt-after-commit-key";

  /** Prometheus name of the counter of events published to the broker (PUBACKed). */
  public static final String METRIC_PUBLISHED = "rebound_outbox_published_total";

  /**
   * Short timings for tests: an unacknowledged event is resent after 5 s, a lost broker is retried
   * within a second.
   */
  public static final Map<String, String> TEST_TIMINGS =
      Map.of(
          "rebound.outbox.ack-timeout", "5s",
          "rebound.outbox.resend-max-backoff", "5s",
          "rebound.status.heartbeat-interval", "1s",
          "rebound.mqtt.reconnect-initial-delay", "100ms",
          "rebound.mqtt.reconnect-max-delay", "1s",
          "rebound.mqtt.connect-timeout", "2s");

  private final AppProcess app;
  private final Path dataDir;
  private final PosClient pos;

  private Agent(AppProcess app, Path dataDir) {
    this.app = app;
    this.dataDir = dataDir;
    this.pos = new PosClient(app.baseUri());
  }

  /** Configuration for one store on a free HTTP port, with short test timings. */
  public static AppConfig config(
      String storeId, Path dataDir, String mqttHost, int mqttPort, Path logDir) {
    return AppConfig.of(
            "agent-" + storeId,
            Workspace.agentJar(),
            FreePort.find(),
            logDir.resolve("agent-" + storeId + ".log"))
        .with(
            Map.of(
                "rebound.store-id",
                storeId,
                "rebound.data-dir",
                dataDir.toString(),
                "rebound.mqtt.host",
                mqttHost,
                "rebound.mqtt.port",
                Integer.toString(mqttPort)))
        .with(TEST_TIMINGS)
        .with(EdgeCredentials.bootstrapProperties());
  }

  /** Starts and waits for readiness. */
  public static Agent start(AppConfig config) {
    return new Agent(AppProcess.start(config), dataDir(config));
  }

  /** Starts without waiting for readiness. */
  public static Agent launch(AppConfig config) {
    return new Agent(AppProcess.launchOnly(config), dataDir(config));
  }

  private static Path dataDir(AppConfig config) {
    return Path.of(config.properties().get("rebound.data-dir"));
  }

  public AppProcess app() {
    return app;
  }

  public String storeId() {
    return app.config().properties().get("rebound.store-id");
  }

  /** The POS client for this agent (the HTTP port survives restarts). */
  public PosClient pos() {
    return pos;
  }

  /** The agent's SQLite database file. */
  public SqliteFile db() {
    return new SqliteFile(dataDir.resolve("edge.db"));
  }

  /** {@code GET /api/v1/status}. */
  public AgentStatus status() {
    JsonNode status = statusJson();
    JsonNode outbox = status.path("outbox");
    return new AgentStatus(
        status.path("mode").asText(),
        outbox.path("depth").asLong(-1),
        outbox.path("oldestPendingAgeSeconds").asLong(-1));
  }

  /**
   * The whole {@code GET /api/v1/status} body, for the parts {@link #status()} does not read (e.g.
   * {@code storeCredit.remainingNumbers}, {@code receiptKeys.count}).
   */
  public JsonNode statusJson() {
    HttpJson.Reply r = HttpJson.getAsTerminal(app.baseUri().resolve("/api/v1/status"));
    if (!r.ok()) {
      throw new HarnessException("agent status answered " + r.status() + ": " + r.body());
    }
    return r.json();
  }

  /** Every stored return as {@code GET /api/v1/returns} lists it, following the pages. */
  public List<JsonNode> returns() {
    List<JsonNode> all = new ArrayList<>();
    String after = null;
    do {
      String query = "/api/v1/returns?limit=200" + (after == null ? "" : "&after=" + after);
      HttpJson.Reply r = HttpJson.getAsTerminal(app.baseUri().resolve(query));
      if (!r.ok()) {
        throw new HarnessException("agent returns answered " + r.status() + ": " + r.body());
      }
      r.json().path("items").forEach(all::add);
      JsonNode next = r.json().path("next");
      after = next.isTextual() ? next.asText() : null;
    } while (after != null);
    return all;
  }

  /** {@code sync.state} of one return, from {@code GET /api/v1/returns/{id}}. */
  public String syncState(ReturnId returnId) {
    HttpJson.Reply r = HttpJson.getAsTerminal(app.baseUri().resolve("/api/v1/returns/" + returnId));
    return r.ok() ? r.json().path("sync").path("state").asText() : "HTTP " + r.status();
  }

  public Metrics metrics() {
    return HttpJson.metrics(app.baseUri());
  }

  /** Events the relay has published to the broker so far (this process lifetime). */
  public double published() {
    return metrics().sum(METRIC_PUBLISHED);
  }

  @Override
  public void close() {
    app.close();
  }
}
