package io.rebound.installer.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.installer.preflight.Check;
import java.util.List;

/** Checks read from the agent's {@code /api/v1/status}: upstream mode and outbox backlog. */
final class StatusChecks {
  private StatusChecks() {}

  static List<Check> of(JsonNode status) {
    String mode = status.path("mode").asText("UNKNOWN");
    String since = status.path("since").asText("?");
    Check modeCheck =
        "ONLINE".equals(mode)
            ? Check.ok("mode", "ONLINE since " + since)
            : Check.warn(
                "mode",
                mode
                    + " since "
                    + since
                    + " (connection "
                    + status.path("connection").asText("?")
                    + ")",
                "OFFLINE".equals(mode)
                    ? "check the broker and WAN link (see the broker check); returns are still accepted and will sync"
                    : "central reports the payment gateway down; card refunds are deferred until it is back");
    JsonNode outbox = status.path("outbox");
    long depth = outbox.path("depth").asLong();
    long age = outbox.path("oldestPendingAgeSeconds").asLong();
    String detail =
        depth
            + " event(s) waiting, oldest "
            + age
            + " s, last ack "
            + outbox.path("lastAckAt").asText("never");
    Check outboxCheck =
        depth > 0 && age > Doctor.OLD_BACKLOG_SECONDS
            ? Check.warn(
                "outbox",
                detail,
                "the store has not synced for over an hour: restore the link to the broker")
            : Check.ok("outbox", detail);
    return List.of(modeCheck, outboxCheck);
  }
}
