package io.rebound.e2e.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.EdgeCredentials;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.OpsClient;
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
  private final OpsClient ops;

  DemoReport(URI agent, URI central) {
    this.agent = agent;
    this.central = central;
    this.ops = new OpsClient(() -> central, Demo.OPS_USER, Demo.OPS_PASSWORD);
  }

  boolean allSynced(Collection<PostResult> posted) {
    return posted.stream().allMatch(r -> "SYNCED".equals(agentSyncState(r.returnId())));
  }

  /**
   * Whether central's process finished every step of every accepted return (refund, credit note,
   * stock return): each SUCCEEDED, DECLINED or DEAD_LETTERED.
   */
  boolean allProcessed(Collection<PostResult> posted) {
    return posted.stream().allMatch(r -> processed(r.returnId()));
  }

  private boolean processed(ReturnId returnId) {
    HttpJson.Reply r = ops.get("/api/v1/returns/" + returnId);
    if (!r.ok()) {
      return false;
    }
    if (r.json().path("steps").isEmpty()) {
      // an accepted return gets its steps when stored; one waiting for a manager gets none yet
      return !"ACCEPTED".equals(r.json().path("status").asText());
    }
    for (JsonNode step : r.json().path("steps")) {
      String state = step.path("state").asText();
      if (!state.equals("SUCCEEDED")
          && !state.equals("DECLINED")
          && !state.equals("DEAD_LETTERED")) {
        return false;
      }
    }
    return true;
  }

  private String agentSyncState(ReturnId returnId) {
    HttpJson.Reply r = HttpJson.getAsTerminal(agent.resolve("/api/v1/returns/" + returnId));
    return r.ok() ? r.json().path("sync").path("state").asText() : "HTTP " + r.status();
  }

  private String centralState(ReturnId returnId) {
    HttpJson.Reply r = ops.get("/api/v1/returns/" + returnId);
    if (!r.ok()) {
      return "HTTP " + r.status();
    }
    JsonNode sequence = r.json().path("sync").path("sequence");
    return sequence.isMissingNode() ? "stored" : "stored #" + sequence.asText();
  }

  /** Central's process steps of each return and the journal entries they booked. */
  private void printOrchestration(Map<String, PostResult> posted) {
    System.out.println();
    System.out.println(
        "Orchestration at central (payment kind sandbox, ERP kind journal: the embedded defaults):");
    String format = "  %-26s %-13s %-10s %-8s %-8s %s%n";
    System.out.printf(format, "idempotency key", "step", "state", "adapter", "mark", "reference");
    posted.forEach(
        (key, r) -> {
          HttpJson.Reply view = ops.get("/api/v1/returns/" + r.returnId());
          for (JsonNode step : view.json().path("steps")) {
            System.out.printf(
                format,
                key,
                step.path("kind").asText(),
                step.path("state").asText(),
                step.path("adapterKind").asText("-"),
                step.path("mark").asText("-"),
                step.path("externalReference").asText(step.path("lastError").asText("")));
          }
        });
    ReturnId card = posted.values().iterator().next().returnId();
    HttpJson.Reply journal = ops.get("/api/v1/journal/entries?returnId=" + card);
    System.out.println();
    System.out.println("Journal entries of the card return (balanced, minor units):");
    for (JsonNode entry : journal.json().path("items")) {
      StringBuilder lines = new StringBuilder();
      for (JsonNode line : entry.path("lines")) {
        lines
            .append("  ")
            .append(line.path("debitMinor").asLong() > 0 ? "Dr " : "Cr ")
            .append(line.path("account").asText())
            .append(' ')
            .append(Math.max(line.path("debitMinor").asLong(), line.path("creditMinor").asLong()));
      }
      System.out.printf(
          "  %-13s %-20s%s%n",
          entry.path("kind").asText(), entry.path("reference").asText(), lines);
    }
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
    printOrchestration(posted);
    System.out.println();
    System.out.println("Where to look:");
    System.out.println(
        "  store screen       "
            + agent
            + "/ui/   (manager "
            + EdgeCredentials.MANAGER
            + " / "
            + EdgeCredentials.MANAGER_PASSWORD
            + ": one return waits for approval)");
    System.out.println(
        "  ops console        "
            + central
            + "/ops/  (operator "
            + Demo.OPS_USER
            + " / "
            + Demo.OPS_PASSWORD
            + ")");
    System.out.println("  POS API (agent)    " + agent + "/api/v1/returns/" + first);
    System.out.println("  agent status       " + agent + "/api/v1/status");
    System.out.println(
        "  ops login          "
            + Demo.OPS_USER
            + " / "
            + Demo.OPS_PASSWORD
            + " (central's API needs it: HTTP Basic, or a token, see below)");
    System.out.println("  central return     " + central + "/api/v1/returns/" + first);
    System.out.println("  central stores     " + central + "/api/v1/stores");
    System.out.println(
        "  journal (ERP)      " + central + "/api/v1/journal/entries?returnId=" + first);
    System.out.println(
        "  stock movements    " + central + "/api/v1/journal/stock-movements?returnId=" + first);
    System.out.println("  dead letters       " + central + "/api/v1/dead-letters");
    System.out.println(
        "  replay one         curl -X POST -u "
            + Demo.OPS_USER
            + ":"
            + Demo.OPS_PASSWORD
            + " "
            + central
            + "/api/v1/dead-letters/<id>/replay");
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    System.out.println(
        "  reconcile today    curl -X POST -u "
            + Demo.OPS_USER
            + ":"
            + Demo.OPS_PASSWORD
            + " -H 'Content-Type: application/json' -d '{\"from\":\""
            + today
            + "\"}' "
            + central
            + "/api/v1/reconciliation/runs   (or Reconciliation in the ops console)");
    System.out.println("  audit log          " + central + "/api/v1/audit");
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
    System.out.println("Ask central (operator token from the bootstrap user):");
    System.out.println(
        "  TOKEN=$(curl -s -X POST "
            + central
            + "/api/v1/ops/sessions -H 'Content-Type: application/json' -d '{\"username\":\""
            + Demo.OPS_USER
            + "\",\"password\":\""
            + Demo.OPS_PASSWORD
            + "\"}' | sed 's/.*\"token\":\"\\([^\"]*\\)\".*/\\1/')");
    System.out.println(
        "  curl -s -H \"Authorization: Bearer $TOKEN\" " + central + "/api/v1/stores");
    System.out.println(
        "  curl -s -u "
            + Demo.OPS_USER
            + ":"
            + Demo.OPS_PASSWORD
            + " "
            + central
            + "/api/v1/stores");
    System.out.println();
    System.out.println("Running until Ctrl-C.");
  }
}
