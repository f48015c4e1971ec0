package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.AppConfig;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.CentralDb;
import io.rebound.e2e.harness.EdgeCredentials;
import io.rebound.e2e.harness.MqttRecorder;
import io.rebound.e2e.harness.PanScan;
import io.rebound.e2e.harness.PosClient;
import io.rebound.e2e.harness.PostResult;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.ManagerApproval;
import io.rebound.protocols.policy.StorePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 5 acceptance over real processes: after valid and hostile POS traffic has synced, no
 * Luhn-valid 13–19 digit number is in the agent's SQLite file (+ WAL/SHM), either app's log, any
 * MQTT message (payload, topic, user properties) or any text/json column of central's tables.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class CardDataE2eTest {
  private static final String STORE = "store-pan";
  private static final String INSPECTION =
      "{\"inspectedBy\":\"manager Ana\",\"lines\":[{\"lineIndex\":0,\"quantity\":1,"
          + "\"disposition\":\"DEFECTIVE\",\"vendorId\":\"VENDOR-ACME\"}]}";
  private static final String APPROVAL =
      "{\"decision\":\"APPROVED\",\"manager\":\"M. Jones\",\"reason\":\"regular customer\"}";

  private Rig rig;

  @BeforeEach
  void start(TestInfo info) {
    rig = Rig.start(info);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void no_card_number_reaches_sqlite_wal_logs_mqtt_or_central_tables() throws IOException {
    MqttRecorder recorder =
        MqttRecorder.subscribeAll(rig.broker.host(), rig.broker.port(), "pan-recorder");
    Central central = rig.central(debug(rig.centralConfig("central-1")));
    AppConfig agentConfig = debug(rig.agentConfig(STORE));
    Path agentData = Path.of(agentConfig.properties().get("rebound.data-dir"));
    writeApprovalPolicy(agentData);
    // a message key: the agent signs its events, so they carry MQTT 5 user properties to scan
    Central.issueMessageKey(central.ops(), STORE, agentData.resolve("message-key.json"));
    Agent agent = rig.agent(agentConfig);
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.status().mode(), "ONLINE"::equals);
    PosClient pos = agent.pos();
    Map<String, String> manager =
        Map.of(
            EdgeCredentials.SESSION_HEADER, EdgeCredentials.managerSession(agent.app().baseUri()));

    List<ReturnId> valid = postValidMix(pos, manager);
    HostileRequests hostile = new HostileRequests(pos, manager);
    hostile.panInEveryString("/api/v1/returns", ReturnBodies.productExample("WEB-HOSTILE"));
    hostile.panInEveryString(
        "/api/v1/returns", ReturnBodies.json(ReturnBodies.cashReturn(90, "20.00")));
    hostile.panInEveryString(
        "/api/v1/returns", ReturnBodies.json(ReturnBodies.noReceiptReturn(91)));
    hostile.panInEveryString("/api/v1/returns/" + valid.get(0) + "/inspection", INSPECTION);
    hostile.panInEveryString("/api/v1/returns/" + valid.get(0) + "/approval", APPROVAL);
    hostile.panAsNumberAndInBrokenJson("/api/v1/returns");
    hostile.panInHeaders(ReturnBodies.productExample("WEB-HDR"));
    hostile.panInPathsAndQueries(INSPECTION, APPROVAL);
    // 79 today: 51 body strings, 2 raw bodies, 10 headers, 25 paths and queries
    assertThat(hostile.refused()).isGreaterThanOrEqualTo(70);
    assertThat(agent.db().returnIds()).containsExactlyInAnyOrderElementsOf(valid);

    await("everything synced: outbox empty, central holds each valid return once")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                agent.status().outboxDepth() == 0 && rig.centralDb.notExactlyOnce(valid).isEmpty());
    // six returns, one inspection, one approval, plus the audit events of the manager's login and
    // actions: every event reached central once, in order
    List<Long> sequences = rig.centralDb.sequences(STORE);
    assertThat(sequences.size()).isGreaterThanOrEqualTo(8);
    assertThat(sequences).isEqualTo(Sequences.oneTo(sequences.size()));
    PanScan scan = new PanScan();
    Path db = agent.db().file();
    // while the agent runs, its recent writes live in the WAL (a graceful stop checkpoints it)
    assertThat(sqliteFiles(db)).as("SQLite file and WAL while running").hasSizeGreaterThan(1);
    sqliteFiles(db).forEach(scan::file);
    central.app().stop();
    agent.app().stop();
    recorder.close();
    rig.broker.stop(); // SIGTERM: Mosquitto writes its persistence file, scanned below

    sqliteFiles(db).forEach(scan::file);
    // agent data dir (edge.db, policy.json), central's data dir, Mosquitto's persistence; app logs
    scan.tree(rig.data).tree(rig.logs);
    List<MqttRecorder.Recorded> messages = recorder.messages();
    for (MqttRecorder.Recorded m : messages) {
      scan.text("topic name " + m.topic(), m.topic());
      scan.bytes("payload on " + m.topic(), m.payload());
      m.userProperties()
          .forEach(
              p ->
                  scan.text(
                      "user property " + p.getKey() + " on " + m.topic(),
                      p.getKey() + "\n" + p.getValue()));
    }
    List<CentralDb.TextCell> cells = rig.centralDb.everyTextCell();
    cells.forEach(c -> scan.text("central table column " + c.where(), c.text()));

    assertThat(scan.findings()).as(scan.report()).isEmpty();
    // the scan covered real data, not empty places
    assertThat(Files.size(db)).isPositive();
    assertThat(rig.logs.resolve("agent-" + STORE + ".log")).isNotEmptyFile();
    assertThat(rig.logs.resolve("central-1.log")).isNotEmptyFile();
    assertThat(messages)
        .as("events, acks and statuses were recorded")
        .anySatisfy(m -> assertThat(m.topic()).endsWith("/" + STORE + "/events"))
        .anySatisfy(m -> assertThat(m.topic()).endsWith("/" + STORE + "/acks"))
        .anySatisfy(m -> assertThat(m.userProperties()).isNotEmpty());
    assertThat(cells)
        .as("central's returns are among the scanned cells")
        .anySatisfy(c -> assertThat(c.where()).isEqualTo("returns.payload"));
    System.out.printf(
        "card-data scan: %d hostile requests refused; %d items scanned (%d MQTT messages, %d"
            + " central cells); %s%n",
        hostile.refused(), scan.scanned().size(), messages.size(), cells.size(), scan.report());
  }

  /**
   * Valid returns of every kind (card with a {@code ch_} reference, cash, store credit, no-receipt,
   * one held for approval), an inspection and an approval; answers the return ids.
   */
  private static List<ReturnId> postValidMix(PosClient pos, Map<String, String> manager) {
    List<ReturnId> ids = new ArrayList<>();
    ids.add(accepted(pos.post(key(), ReturnBodies.json(ReturnBodies.cardReturn(1)))));
    ids.add(accepted(pos.post(key(), ReturnBodies.productExample("WEB-PAN-2"))));
    ids.add(accepted(pos.post(key(), ReturnBodies.json(ReturnBodies.cashReturn(3, "40.00")))));
    ids.add(accepted(pos.post(key(), ReturnBodies.json(ReturnBodies.storeCreditReturn(4)))));
    ids.add(accepted(pos.post(key(), ReturnBodies.json(ReturnBodies.noReceiptReturn(5)))));
    PostResult held = pos.post(key(), ReturnBodies.json(ReturnBodies.cashReturn(6, "150.00")));
    assertThat(AcceptedReturn.of(held).status()).as(held.body()).isEqualTo("PENDING_APPROVAL");
    ids.add(held.returnId());

    PostResult inspected =
        pos.postTo("/api/v1/returns/" + ids.get(0) + "/inspection", key(), INSPECTION, manager);
    assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
    PostResult approved =
        pos.postTo("/api/v1/returns/" + held.returnId() + "/approval", key(), APPROVAL, manager);
    assertThat(approved.status()).as(approved.body()).isBetween(200, 201);
    return ids;
  }

  /** The SQLite file and its {@code -wal} and {@code -shm} files, those that exist. */
  private static List<Path> sqliteFiles(Path db) {
    return Stream.of("", "-wal", "-shm")
        .map(suffix -> db.resolveSibling(db.getFileName() + suffix))
        .filter(Files::exists)
        .toList();
  }

  private static ReturnId accepted(PostResult r) {
    return AcceptedReturn.of(r).returnId();
  }

  /** The built-in policy plus a manager approval above 100.00, as the agent's policy.json. */
  private static void writeApprovalPolicy(Path agentData) throws IOException {
    StorePolicy d = StorePolicy.defaults();
    StorePolicy withApproval =
        StorePolicy.of(
            d.policyVersion(),
            d.currency(),
            d.timeZone(),
            d.returnWindow(),
            d.returnableConditions(),
            d.offline(),
            d.noReceipt(),
            ManagerApproval.of(Money.of("100.00", "USD")));
    Files.createDirectories(agentData);
    Files.writeString(
        agentData.resolve("policy.json"),
        ProtocolJson.toJson(withApproval),
        StandardCharsets.UTF_8);
  }

  /** The app's own packages log at DEBUG, so the log scan sees everything they might print. */
  private static AppConfig debug(AppConfig config) {
    return config.with("quarkus.log.category.\"io.rebound\".level", "DEBUG");
  }

  private static String key() {
    return "pan-e2e-" + UUID.randomUUID();
  }
}
