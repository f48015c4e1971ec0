package io.rebound.e2e.demo;

import io.rebound.e2e.harness.AppConfig;
import io.rebound.e2e.harness.AppProcess;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.EdgeCredentials;
import io.rebound.e2e.harness.HarnessException;
import io.rebound.e2e.harness.LogSetup;
import io.rebound.e2e.harness.OpsClient;
import io.rebound.e2e.harness.PosClient;
import io.rebound.e2e.harness.PostResult;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.e2e.harness.Workspace;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;

/**
 * The demo: an MQTT 5 broker (HiveMQ CE, embedded here), central (embedded PostgreSQL under {@code
 * data/demo/central}), one agent ({@code store-1}, {@code data/demo/edge}); posts a few returns,
 * waits until they are synced, prints where to look, and runs until Ctrl-C.
 *
 * <p>System properties: {@code rebound.demo.mqtt-port} (1883), {@code rebound.demo.central-port}
 * (8080), {@code rebound.demo.agent-port} (8081), {@code rebound.demo.ops-password} (the password
 * of central's bootstrap operator {@code demo-operator}, default {@code demo-operator-password}).
 */
public final class Demo {
  private static final String STORE = "store-1";

  /**
   * The demo's first operator of central's ops API, created by {@code rebound.ops.bootstrap-user}
   * when the demo database has no user yet. Override with {@code -Drebound.demo.ops-password=…}.
   */
  static final String OPS_USER = "demo-operator";

  static final String OPS_PASSWORD =
      System.getProperty("rebound.demo.ops-password", "demo-operator-password");

  private Demo() {}

  public static void main(String[] args) throws InterruptedException {
    LogSetup.quiet();
    int mqttPort = Integer.getInteger("rebound.demo.mqtt-port", 1883);
    int centralPort = Integer.getInteger("rebound.demo.central-port", 8080);
    int agentPort = Integer.getInteger("rebound.demo.agent-port", 8081);
    requireFree(mqttPort, "rebound.demo.mqtt-port");
    requireFree(centralPort, "rebound.demo.central-port");
    requireFree(agentPort, "rebound.demo.agent-port");
    Path root = Workspace.root();
    Path data = root.resolve("data/demo");
    Path logs = data.resolve("logs");

    say("starting the MQTT 5 broker (HiveMQ CE, embedded) on 127.0.0.1:" + mqttPort);
    HiveMqBroker broker = HiveMqBroker.start(data.resolve("broker"), mqttPort);
    List<AppProcess> started = new ArrayList<>();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutDown(started, broker), "demo-shutdown"));

    say(
        "starting central (sync-service) on :"
            + centralPort
            + " (embedded PostgreSQL; first start takes a while)");
    AppProcess central = AppProcess.start(central(data, logs, centralPort, mqttPort));
    started.add(central);
    say("issuing " + STORE + "'s message key at central (the agent signs its events with it)");
    OpsClient ops = new OpsClient(central::baseUri, OPS_USER, OPS_PASSWORD);
    Central.issueMessageKey(ops, STORE, data.resolve("edge").resolve("message-key.json"));
    int policyVersion = DemoPolicy.put(ops, STORE);
    say(
        "policy v"
            + policyVersion
            + " for "
            + STORE
            + " set at central (manager approval above "
            + DemoPolicy.APPROVAL_ABOVE
            + " USD)");
    say("starting the edge agent for " + STORE + " on :" + agentPort);
    AppProcess agent = AppProcess.start(agent(data, logs, agentPort, mqttPort));
    started.add(agent);
    DemoPolicy.awaitInForce(agent.baseUri(), policyVersion);

    Map<String, PostResult> posted = postSamples(new PosClient(agent.baseUri()));
    DemoReport report = new DemoReport(agent.baseUri(), started.get(0).baseUri());
    Awaitility.await("demo returns synced to central")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> report.allSynced(posted.values()));
    say("waiting for central to refund (sandbox) and post (journal) the returns");
    Awaitility.await("demo returns refunded and posted at central")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> report.allProcessed(posted.values()));
    report.print(posted, logs, broker.port());
    new CountDownLatch(1).await();
  }

  private static AppConfig central(Path data, Path logs, int port, int mqttPort) {
    return AppConfig.of("central", Workspace.centralJar(), port, logs.resolve("central.log"))
        .withJvmOptions(List.of("-Xmx512m"))
        .with(
            Map.of(
                "rebound.data-dir",
                data.resolve("central").toString(),
                "rebound.mqtt.host",
                "127.0.0.1",
                "rebound.mqtt.port",
                Integer.toString(mqttPort),
                "rebound.mqtt.client-id",
                "rebound-central-demo",
                "rebound.ops.bootstrap-user",
                OPS_USER,
                "rebound.ops.bootstrap-password",
                OPS_PASSWORD,
                // the ops console's backlog chart gets a point every 5 s (default 30 s)
                "rebound.fleet.sample-interval",
                "5S"));
  }

  private static AppConfig agent(Path data, Path logs, int port, int mqttPort) {
    return AppConfig.of("agent-" + STORE, Workspace.agentJar(), port, logs.resolve("agent.log"))
        .withJvmOptions(List.of("-Xmx256m"))
        .with(
            Map.of(
                "rebound.store-id",
                STORE,
                "rebound.data-dir",
                data.resolve("edge").toString(),
                "rebound.mqtt.host",
                "127.0.0.1",
                "rebound.mqtt.port",
                Integer.toString(mqttPort)))
        .with(EdgeCredentials.bootstrapProperties());
  }

  /** Posts the PRODUCT.md example, a cash return and a no-receipt return. */
  private static Map<String, PostResult> postSamples(PosClient pos) {
    String run = Long.toString(Instant.now().getEpochSecond());
    Map<String, String> bodies = new LinkedHashMap<>();
    // each run returns other sales and customers: the policy refuses a sale line returned twice
    // and a second no-receipt return of one customer on one day
    int n = (int) (Instant.now().getEpochSecond() % 1_000_000_000L);
    bodies.put("demo-" + run + "-card", ReturnBodies.productExample("WEB-" + run));
    bodies.put("demo-" + run + "-cash", ReturnBodies.json(ReturnBodies.cashReturn(n, "35.00")));
    bodies.put("demo-" + run + "-noreceipt", ReturnBodies.json(ReturnBodies.noReceiptReturn(n)));
    // above the policy's approval threshold: waits for a manager in the store screen (/ui/)
    bodies.put(
        "demo-" + run + "-approval", ReturnBodies.json(ReturnBodies.cashReturn(n + 1, "450.00")));
    Map<String, PostResult> results = new LinkedHashMap<>();
    bodies.forEach(
        (key, body) -> {
          PostResult r = pos.post(key, body);
          if (!r.accepted()) {
            throw new HarnessException("the agent refused demo return " + key + ": " + r.body());
          }
          results.put(key, r);
        });
    return results;
  }

  private static void requireFree(int port, String property) {
    try (ServerSocket s = new ServerSocket(port)) {
      s.setReuseAddress(true);
    } catch (IOException e) {
      throw new HarnessException(
          "port " + port + " is in use; choose another with -D" + property + "=<port>", e);
    }
  }

  private static void shutDown(List<AppProcess> apps, HiveMqBroker broker) {
    say("stopping agent, central and broker");
    for (int i = apps.size() - 1; i >= 0; i--) {
      apps.get(i).stop();
    }
    broker.close();
  }

  static void say(String line) {
    System.out.println("[demo] " + line);
  }
}
