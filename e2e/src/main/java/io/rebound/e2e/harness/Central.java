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
  private final OpsClient ops;

  private Central(AppProcess app) {
    this.app = app;
    this.ops = new OpsClient(app::baseUri, OpsClient.USER, OpsClient.PASSWORD);
  }

  /**
   * Configuration on a free HTTP port, with its own MQTT client id, an external database and the
   * bootstrap operator {@link OpsClient#USER} (the ops API needs a login).
   */
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
                "quarkus.datasource.password", db.password()))
        // the e2e agents run without message keys (Demo shows the signed path): accept unsigned
        .with(OpsClient.bootstrap(OpsClient.USER, OpsClient.PASSWORD))
        .with("rebound.security.require-signatures", "false");
  }

  /**
   * Issues {@code storeId}'s message key as operator {@code ops} ({@code POST
   * /api/v1/stores/{storeId}/message-key}) and writes the answer, as is, to {@code keyFile} (the
   * agent's {@code rebound.security.message-key-file}, default {@code
   * <data-dir>/message-key.json}).
   */
  public static void issueMessageKey(OpsClient ops, String storeId, Path keyFile) {
    HttpJson.Reply r = ops.post("/api/v1/stores/" + storeId + "/message-key", "");
    if (r.status() != 201) {
      throw new HarnessException("issuing the message key of " + storeId + " failed: " + r.body());
    }
    try {
      java.nio.file.Files.createDirectories(keyFile.getParent());
      java.nio.file.Files.writeString(keyFile, r.body());
    } catch (java.io.IOException e) {
      throw new HarnessException("cannot write " + keyFile + ": " + e, e);
    }
  }

  public static Central start(AppConfig config) {
    return new Central(AppProcess.start(config));
  }

  /** Authenticated access to this instance's ops API, for endpoints without a helper here. */
  public OpsClient ops() {
    return ops;
  }

  public AppProcess app() {
    return app;
  }

  /** {@code GET /api/v1/returns/{id}}. */
  public HttpJson.Reply returnById(ReturnId returnId) {
    return ops.get("/api/v1/returns/" + returnId);
  }

  /** {@code GET /api/v1/journal/entries?returnId=<id>} (the embedded journal ERP's entries). */
  public HttpJson.Reply journalEntries(ReturnId returnId) {
    return ops.get("/api/v1/journal/entries?returnId=" + returnId);
  }

  /** {@code GET /api/v1/stores}. */
  public HttpJson.Reply stores() {
    return ops.get("/api/v1/stores");
  }

  /** {@code GET /api/v1/dead-letters}. */
  public HttpJson.Reply deadLetters() {
    return ops.get("/api/v1/dead-letters");
  }

  /** {@code GET /api/v1/exceptions?state=<state>} (first page, oldest first). */
  public HttpJson.Reply exceptions(String state) {
    return ops.get("/api/v1/exceptions?state=" + state);
  }

  /** {@code GET /api/v1/stores/{storeId}/credit-blocks}: the store-credit blocks granted. */
  public HttpJson.Reply creditBlocks(String storeId) {
    return ops.get("/api/v1/stores/" + storeId + "/credit-blocks");
  }

  /**
   * {@code POST /api/v1/receipt-tokens}: central signs a sale ({@code receipt-claims} JSON) and
   * answers {@code {"token","kid","claims"}}.
   */
  public HttpJson.Reply signReceipt(String claimsJson) {
    return ops.post("/api/v1/receipt-tokens", claimsJson);
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
