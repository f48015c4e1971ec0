package io.rebound.e2e.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.EdgeCredentials;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.PostResult;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/** Reads back the demo's returns from both sides and prints the table and where to look. */
final class DemoReport {
  private final URI agent;
  private final URI central;

  DemoReport(URI agent, URI central) {
    this.agent = agent;
    this.central = central;
  }

  boolean allSynced(Collection<PostResult> posted) {
    return posted.stream().allMatch(r -> "SYNCED".equals(agentSyncState(r.returnId())));
  }

  private String agentSyncState(ReturnId returnId) {
    HttpJson.Reply r = HttpJson.getAsTerminal(agent.resolve("/api/v1/returns/" + returnId));
    return r.ok() ? r.json().path("sync").path("state").asText() : "HTTP " + r.status();
  }

  private String centralState(ReturnId returnId) {
    HttpJson.Reply r = HttpJson.get(central.resolve("/api/v1/returns/" + returnId));
    if (!r.ok()) {
      return "HTTP " + r.status();
    }
    JsonNode sequence = r.json().path("sync").path("sequence");
    return sequence.isMissingNode() ? "stored" : "stored #" + sequence.asText();
  }

  void print(Map<String, PostResult> posted, Path logs, int mqttPort) {
    String format = "%-26s %-38s %-8s %-20s %-10s %-10s %-8s%n";
    System.out.println();
    System.out.printf(
        format, "idempotency key", "return id", "mode", "refund", "status", "edge sync", "central");
    posted.forEach(
        (key, r) -> {
          JsonNode body = r.json().orElseThrow();
          ReturnId id = r.returnId();
          JsonNode refund = body.path("refund");
          System.out.printf(
              format,
              key,
              id,
              body.path("mode").asText(),
              refund.path("method").asText() + " " + refund.path("amount").path("amount").asText(),
              refund.path("status").asText(),
              agentSyncState(id),
              centralState(id));
        });
    ReturnId first = posted.values().iterator().next().returnId();
    System.out.println();
    System.out.println("Where to look:");
    System.out.println("  POS API (agent)    " + agent + "/api/v1/returns/" + first);
    System.out.println("  agent status       " + agent + "/api/v1/status");
    System.out.println("  central return     " + central + "/api/v1/returns/" + first);
    System.out.println("  central stores     " + central + "/api/v1/stores");
    System.out.println("  dead letters       " + central + "/api/v1/dead-letters");
    System.out.println(
        "  metrics            " + agent + "/q/metrics  and  " + central + "/q/metrics");
    System.out.println(
        "  health             " + agent + "/q/health  and  " + central + "/q/health");
    System.out.println("  OpenAPI            " + agent + "/q/openapi");
    System.out.println(
        "  MQTT broker        127.0.0.1:" + mqttPort + " (topics rebound/v1/stores/#)");
    System.out.println(
        "  logs               " + logs.resolve("agent.log") + ", " + logs.resolve("central.log"));
    System.out.println();
    System.out.println("Post one yourself:");
    System.out.println(
        "  curl -s -X POST "
            + agent
            + "/api/v1/returns -H 'Content-Type: application/json'"
            + " -H 'Authorization: Bearer "
            + EdgeCredentials.TERMINAL_TOKEN
            + "'"
            + " -H \"Idempotency-Key: try-$RANDOM\" -d '"
            + ReturnBodies.PRODUCT_EXAMPLE
            + "'");
    System.out.println();
    System.out.println("Running until Ctrl-C.");
  }
}
