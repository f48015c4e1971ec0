package io.rebound.e2e.harness;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.testing.FreePort;
import java.nio.file.Path;
import java.util.Map;

/** One sync-service instance as a real process. */
public final class Central implements AutoCloseable {
  /** Prometheus name of the counter of events this instance ingested. */
  public static final String METRIC_INGESTED = "rebound_ingest_events_total";

  private final AppProcess app;

  private Central(AppProcess app) {
    this.app = app;
  }

  /** Configuration on a free HTTP port, with its own MQTT client id and an external database. */
  public static AppConfig config(
      String name, String mqttHost, int mqttPort, JdbcTarget db, Path dataDir, Path logDir) {
    return AppConfig.of(
            name, Workspace.centralJar(), FreePort.find(), logDir.resolve(name + ".log"))
        .with(
            Map.of(
                "rebound.mqtt.host", mqttHost,
                "rebound.mqtt.port", Integer.toString(mqttPort),
                "rebound.mqtt.client-id", name,
                "rebound.data-dir", dataDir.toString(),
                "quarkus.datasource.jdbc.url", db.url(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password()));
  }

  public static Central start(AppConfig config) {
    return new Central(AppProcess.start(config));
  }

  public AppProcess app() {
    return app;
  }

  /** {@code GET /api/v1/returns/{id}}. */
  public HttpJson.Reply returnById(ReturnId returnId) {
    return HttpJson.get(app.baseUri().resolve("/api/v1/returns/" + returnId));
  }

  /** {@code GET /api/v1/journal/entries?returnId=<id>} (the embedded journal ERP's entries). */
  public HttpJson.Reply journalEntries(ReturnId returnId) {
    return HttpJson.get(app.baseUri().resolve("/api/v1/journal/entries?returnId=" + returnId));
  }

  /** {@code GET /api/v1/stores}. */
  public HttpJson.Reply stores() {
    return HttpJson.get(app.baseUri().resolve("/api/v1/stores"));
  }

  /** {@code GET /api/v1/dead-letters}. */
  public HttpJson.Reply deadLetters() {
    return HttpJson.get(app.baseUri().resolve("/api/v1/dead-letters"));
  }

  /** {@code GET /api/v1/exceptions?state=<state>} (first page, oldest first). */
  public HttpJson.Reply exceptions(String state) {
    return HttpJson.get(app.baseUri().resolve("/api/v1/exceptions?state=" + state));
  }

  public Metrics metrics() {
    return HttpJson.metrics(app.baseUri());
  }

  /** Events this process ingested so far. */
  public double ingested() {
    return metrics().sum(METRIC_INGESTED);
  }

  @Override
  public void close() {
    app.close();
  }
}
