package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.e2e.harness.Workspace;
import io.rebound.testing.FreePort;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * Enrollment with real processes: an operator issues a one-time code at central, the packaged
 * {@code rebound-agentctl} installs the agent below a temporary root and enrolls it with the code,
 * the store's events then pass central's signature check, and the code cannot be used twice.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EnrollmentE2eTest {
  private static final String STORE = "store-enrolled";
  private static final ObjectMapper JSON = new ObjectMapper();
  private Rig rig;
  private Path root;

  @BeforeEach
  void start(TestInfo info) {
    rig = Rig.start(info);
    root = rig.data.resolve("root");
  }

  @AfterEach
  void stop() {
    ctl("uninstall", "--root", root.toString());
    rig.close();
  }

  @Test
  void one_time_code_enrolls_the_installed_store_whose_signed_events_central_then_stores()
      throws Exception {
    Central central =
        rig.central(
            rig.centralConfig("central-1").with("rebound.security.require-signatures", "true"));
    putPolicy(central.app().baseUri(), POLICY);
    HttpJson.Reply issued = central.ops().post("/api/v1/stores/" + STORE + "/enrollment-codes", "");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String code = issued.json().path("code").asText();
    int httpPort = FreePort.find();
    Ctl install =
        ctl(
            "install",
            "--root",
            root.toString(),
            "--store-id",
            STORE,
            "--broker-host",
            rig.broker.host(),
            "--broker-port",
            Integer.toString(rig.broker.port()),
            "--http-port",
            Integer.toString(httpPort),
            "--package",
            distribution().toString(),
            "--min-free-mb",
            "64");
    assertThat(install.exit()).as(install.output()).isZero();

    Ctl enroll =
        ctl(
            "enroll",
            "--root",
            root.toString(),
            "--central",
            central.app().baseUri().toString(),
            "--code",
            code);

    assertThat(enroll.exit()).as(enroll.output()).isZero();
    Path keyFile = root.resolve("var/lib/rebound/message-key.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    JsonNode key = JSON.readTree(keyFile.toFile());
    assertThat(key.path("storeId").asText()).isEqualTo(STORE);
    assertThat(enroll.output()).doesNotContain(key.path("secret").asText());

    assertThat(root.resolve("var/lib/rebound/policy.json")).exists();
    assertThat(enroll.output()).contains("restarting the agent");
    // the CLI's own credential, provisioned by install: terminal AGENTCTL
    java.util.Properties ctl = new java.util.Properties();
    try (var in = Files.newBufferedReader(root.resolve("etc/rebound/agentctl.properties"))) {
      ctl.load(in);
    }
    Map<String, String> terminal =
        Map.of("Authorization", "Bearer " + ctl.getProperty("api-token"));
    JsonNode status =
        HttpJson.get(URI.create("http://127.0.0.1:" + httpPort + "/api/v1/status"), terminal)
            .json();
    assertThat(status.path("policy").path("version").asInt())
        .as("central's policy, read at the restart")
        .isEqualTo(7);

    HttpJson.Reply accepted =
        HttpJson.postJson(
            URI.create("http://127.0.0.1:" + httpPort + "/api/v1/returns"),
            ReturnBodies.json(ReturnBodies.cashReturn(1, "10.00"))
                .replace("\"POS-01\"", "\"AGENTCTL\""),
            Map.of(
                "Idempotency-Key", "enrolled-1", "Authorization", terminal.get("Authorization")));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    String returnId = accepted.json().path("returnId").asText();
    await("central stores the signed event")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> central.ops().get("/api/v1/returns/" + returnId).status() == 200);

    Ctl again =
        ctl(
            "enroll",
            "--root",
            root.toString(),
            "--central",
            central.app().baseUri().toString(),
            "--code",
            code);
    assertThat(again.exit()).as(again.output()).isEqualTo(4);
    assertThat(again.output()).contains("already used").contains("next:");
  }

  private static final String POLICY =
      "{\"policyVersion\":7,\"currency\":\"USD\",\"timeZone\":\"UTC\",\"returnWindow\":{\"defaultDays\":30,\"byCategory\":{}},"
          + "\"returnableConditions\":[\"UNOPENED\",\"OPENED\",\"DEFECTIVE\"],\"offline\":{\"maxDurationHours\":72,"
          + "\"cashPerReturnCap\":{\"amount\":\"200.00\",\"currency\":\"USD\"},\"cashPerStorePerDayCap\":{\"amount\":\"1000.00\",\"currency\":\"USD\"}},"
          + "\"noReceipt\":{\"offlineStoreCreditCap\":{\"amount\":\"50.00\",\"currency\":\"USD\"},\"perCustomerPerDay\":1}}";

  /** {@code PUT /api/v1/stores/{storeId}/policy} as the e2e operator (HTTP Basic). */
  private static void putPolicy(URI central, String policy) throws Exception {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (io.rebound.e2e.harness.OpsClient.USER
                        + ":"
                        + io.rebound.e2e.harness.OpsClient.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        central.resolve("/api/v1/stores/" + STORE + "/policy"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(policy))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  /** The packaged distribution the installer module built. */
  private static Path distribution() throws IOException {
    try (Stream<Path> dirs = Files.list(Workspace.root().resolve("installer/target/dist"))) {
      return dirs.filter(Files::isDirectory)
          .filter(d -> d.getFileName().toString().startsWith("rebound-agent-"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "installer/target/dist has no distribution: build the installer module"));
    }
  }

  private record Ctl(int exit, String output) {}

  private static Ctl ctl(String... args) {
    try {
      List<String> command = new ArrayList<>();
      command.add(distribution().resolve("bin/rebound-agentctl").toString());
      command.addAll(List.of(args));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(150, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      return new Ctl(p.exitValue(), out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run rebound-agentctl", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
