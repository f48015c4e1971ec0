package io.rebound.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.installer.testing.Ctl;
import io.rebound.installer.testing.InstalledAgent;
import io.rebound.testing.MosquittoBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallAndDoctorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void install_under_root_starts_the_agent_ready_without_central_and_rerunning_is_safe(
      @TempDir Path root) throws Exception {
    try (MosquittoBroker broker = MosquittoBroker.start();
        InstalledAgent agent = InstalledAgent.install(root, broker.port())) {
      assertThat(Files.readString(agent.layout().configFile()))
          .contains("rebound.store-id=store42")
          .contains("rebound.mqtt.port=" + broker.port())
          .contains("rebound.data-dir=" + agent.dataDir());
      assertThat(agent.layout().unitFile()).exists();
      assertThat(agent.layout().launcher()).isExecutable();
      assertThat(agent.dataDir().resolve("edge.db")).exists();
      String accepted = agent.api().acceptReturn();

      Ctl.Result again = agent.installAgain(broker.port());

      assertThat(again.exit()).as(again.toString()).isZero();
      assertThat(again.out()).contains("already the current one").contains("ready");
      assertThat(agent.api().pendingReturnIds()).contains(accepted);
    }
  }

  @Test
  void doctor_json_reports_offline_with_the_broker_stopped_and_exits_non_zero(@TempDir Path root)
      throws Exception {
    try (MosquittoBroker broker = MosquittoBroker.start();
        InstalledAgent agent = InstalledAgent.install(root, broker.port())) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  check(doctor(agent), "broker").path("status").asText().equals("OK")
                      && doctor(agent).path("connection").asText().equals("CONNECTED"));
      agent.api().acceptReturn();

      broker.stop();

      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                JsonNode now = doctor(agent);
                return !now.path("connection").asText().equals("CONNECTED")
                    && now.path("outboxDepth").asLong() == 1;
              });
      Ctl.Result result = Ctl.run("doctor", "--json", "--root", agent.rootArg());
      JsonNode report = JSON.readTree(result.out());
      assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCodes.DEGRADED);
      assertThat(report.path("mode").asText()).isEqualTo("OFFLINE");
      assertThat(report.path("storeId").asText()).isEqualTo("store42");
      assertThat(report.path("outboxDepth").asLong()).isEqualTo(1);
      assertThat(check(report, "broker").path("status").asText()).isEqualTo("WARN");
      assertThat(check(report, "broker").path("nextStep").asText()).contains("rebound.mqtt.host");
      assertThat(check(report, "mode").path("detail").asText()).startsWith("OFFLINE since");
    }
  }

  @Test
  void doctor_exits_2_when_the_agent_is_stopped_and_3_when_nothing_is_installed(
      @TempDir Path root) {
    InstalledAgent agent = InstalledAgent.install(root, io.rebound.testing.FreePort.find());
    try (agent) {
      io.rebound.installer.service.AgentService.forLayout(agent.layout()).stop();
      Ctl.Result down = Ctl.run("doctor", "--root", agent.rootArg());
      assertThat(down.exit()).as(down.toString()).isEqualTo(ExitCodes.AGENT_DOWN);
      assertThat(down.out()).contains("no answer from").contains("systemctl start rebound-agent");
    }
    Ctl.Result none = Ctl.run("doctor", "--json", "--root", root.resolve("elsewhere").toString());
    assertThat(none.exit()).isEqualTo(ExitCodes.NOT_INSTALLED);
    assertThat(none.out()).contains("rebound-agentctl install");
  }

  @Test
  void install_refuses_an_occupied_port_and_says_what_to_do(@TempDir Path root) throws Exception {
    try (java.net.ServerSocket busy = new java.net.ServerSocket(0)) {
      Ctl.Result result =
          Ctl.run(
              "install",
              "--root",
              root.toString(),
              "--store-id",
              "store42",
              "--http-port",
              Integer.toString(busy.getLocalPort()),
              "--package",
              io.rebound.installer.testing.Dist.tarball().toString(),
              "--min-free-mb",
              "64");
      assertThat(result.exit()).isEqualTo(ExitCodes.FAILED);
      assertThat(result.err())
          .contains("preflight check 'port' failed")
          .contains("next:")
          .contains("--http-port");
      assertThat(root.resolve("opt/rebound-agent")).doesNotExist();
    }
  }

  private static JsonNode doctor(InstalledAgent agent) throws Exception {
    return JSON.readTree(Ctl.run("doctor", "--json", "--root", agent.rootArg()).out());
  }

  private static JsonNode check(JsonNode report, String name) {
    for (JsonNode c : report.path("checks")) {
      if (c.path("name").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no check " + name + " in " + report);
  }
}
