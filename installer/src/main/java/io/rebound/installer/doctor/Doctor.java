package io.rebound.installer.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.installer.cli.ExitCodes;
import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.layout.Layout;
import io.rebound.installer.preflight.Check;
import io.rebound.installer.preflight.CheckStatus;
import io.rebound.installer.preflight.HostChecks;
import io.rebound.installer.service.AgentEndpoint;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gathers the agent's {@code /api/v1/status} and the local checks into a {@link DoctorReport}. */
public final class Doctor {
  /** Outbox events older than this make doctor warn (the store has not synced for an hour). */
  static final long OLD_BACKLOG_SECONDS = 3600;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Layout layout;
  private final Clock clock;

  public Doctor(Layout layout, Clock clock) {
    this.layout = layout;
    this.clock = clock;
  }

  public DoctorReport examine() {
    Optional<AgentConfig> loaded = AgentConfig.tryLoad(layout.configFile());
    if (loaded.isEmpty()) {
      Check missing =
          Check.fail(
              "install",
              "no configuration at " + layout.configFile(),
              "run 'rebound-agentctl install'");
      return new DoctorReport(
          null, "UNKNOWN", null, null, null, null, List.of(missing), ExitCodes.NOT_INSTALLED);
    }
    AgentConfig config = loaded.get();
    List<Check> checks = new ArrayList<>();
    Optional<JsonNode> status = status(config, checks);
    String mode = status.map(s -> s.path("mode").asText("UNKNOWN")).orElse("UNKNOWN");
    status.ifPresent(s -> checks.addAll(StatusChecks.of(s)));
    checks.add(
        HostChecks.brokerReachable(
            config.get(AgentConfig.MQTT_HOST).orElse("localhost"),
            config.port(AgentConfig.MQTT_PORT, 1883)));
    config
        .get(AgentConfig.TLS_CA_FILE)
        .map(Path::of)
        .ifPresent(ca -> checks.add(CertificateCheck.expiry(ca, clock.instant())));
    Path dataDir =
        Path.of(config.get(AgentConfig.DATA_DIR).orElse(layout.defaultDataDir().toString()));
    checks.add(HostChecks.disk(dataDir, 512));
    checks.add(HostChecks.clockSync());

    int exit;
    if (status.isEmpty()) {
      exit = ExitCodes.AGENT_DOWN;
    } else if (!"ONLINE".equals(mode)
        || checks.stream()
            .anyMatch(c -> c.status() != CheckStatus.OK && !"clock".equals(c.name()))) {
      exit = ExitCodes.DEGRADED;
    } else {
      exit = ExitCodes.OK;
    }
    JsonNode s = status.orElse(JSON.createObjectNode());
    JsonNode outbox = s.path("outbox");
    return new DoctorReport(
        config.get(AgentConfig.STORE_ID).orElse(null),
        mode,
        s.path("connection").isMissingNode() ? null : s.path("connection").asText(),
        outbox.path("depth").isNumber() ? outbox.path("depth").asLong() : null,
        outbox.path("oldestPendingAgeSeconds").isNumber()
            ? outbox.path("oldestPendingAgeSeconds").asLong()
            : null,
        outbox.path("lastAckAt").isTextual() ? outbox.path("lastAckAt").asText() : null,
        List.copyOf(checks),
        exit);
  }

  private Optional<JsonNode> status(AgentConfig config, List<Check> checks) {
    AgentEndpoint endpoint = new AgentEndpoint(config);
    Optional<HttpResponse<String>> response = endpoint.status();
    if (response.isEmpty()) {
      checks.add(
          Check.fail(
              "agent",
              "no answer from " + endpoint.base(),
              "start it: 'systemctl start rebound-agent' (or re-run install); logs: journalctl -u rebound-agent"));
      return Optional.empty();
    }
    int code = response.get().statusCode();
    if (code == 401 || code == 403) {
      checks.add(
          Check.fail(
              "agent",
              "the agent refused the status request (HTTP " + code + ")",
              "set "
                  + AgentConfig.API_TOKEN
                  + " in "
                  + config.ctlFile()
                  + " (mode 0600) to a credential the agent accepts"));
      return Optional.empty();
    }
    if (code != 200) {
      checks.add(Check.fail("agent", "status answered HTTP " + code, "see the agent's log"));
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(response.get().body());
      checks.add(Check.ok("agent", "answering at " + endpoint.base()));
      return Optional.of(node);
    } catch (IOException e) {
      checks.add(
          Check.fail(
              "agent",
              "status is not JSON: " + e.getMessage(),
              "check that " + endpoint.base() + " is the Rebound agent"));
      return Optional.empty();
    }
  }
}
