package io.rebound.edge.returns.detail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.outbox.PublishAttempts;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.updates.ReturnOutcomes;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the manager's return detail shows beyond {@code GET /api/v1/returns/{id}}: the returned
 * lines and the original sale (from the stored request), the sync state of each of the return's
 * events (accepted, approval, inspections, store credit issued later), the ERP state as far as
 * central has reported it ({@link ReturnOutcomes}), and the timeline. One read transaction; the
 * outbox rows are found by their sequences (primary key).
 */
@ApplicationScoped
public class ReturnDetails {
  private final ReadPool reads;
  private final PublishAttempts attempts;
  private final String store;

  ReturnDetails(ReadPool reads, PublishAttempts attempts, EdgeConfig config) {
    this.reads = reads;
    this.attempts = attempts;
    this.store = config.storeId().value();
  }

  /** The detail of a return of this store. */
  public Optional<ObjectNode> of(ReturnId id) {
    return reads.read(c -> read(c, id.toString()));
  }

  private record EventRef(long sequence, String label) {}

  private Optional<ObjectNode> read(Connection c, String id) throws SQLException {
    ObjectNode view = ProtocolJson.mapper().createObjectNode();
    List<TimelineStep> steps = new ArrayList<>();
    List<EventRef> events = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT request, response, accepted_at, terminal_id, mode, sequence FROM returns"
                + " WHERE return_id = ? AND store_id = ?")) {
      ps.setString(1, id);
      ps.setString(2, store);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        JsonNode request = ProtocolJson.parseTree(rs.getBytes(1));
        JsonNode response = ProtocolJson.parseTree(rs.getBytes(2));
        Instant accepted = Instant.ofEpochMilli(rs.getLong(3));
        view.put("returnId", id);
        view.set("lines", lines(request));
        view.set("originalSale", request.path("originalSale"));
        accepted(steps, accepted, rs.getString(4), rs.getString(5), response);
        events.add(new EventRef(rs.getLong(6), "return accepted"));
      }
    }
    approval(c, id, steps, events);
    inspections(c, id, steps, events);
    storeCredit(c, id, steps, events);
    view.set("sync", sync(c, events, steps));
    ReturnOutcomes.View outcomes = ReturnOutcomes.of(c, id); // settle: central's updates
    view.set("erp", outcomes.erp());
    steps.addAll(outcomes.timeline());
    steps.sort(Comparator.comparing(TimelineStep::at));
    ArrayNode timeline = view.putArray("timeline");
    for (TimelineStep s : steps) {
      ObjectNode step = timeline.addObject();
      step.put("at", s.at().toString());
      step.put("kind", s.kind().name());
      step.put("actor", s.actor());
      step.put("detail", s.detail());
    }
    return Optional.of(view);
  }

  private static ArrayNode lines(JsonNode request) {
    ArrayNode out = ProtocolJson.mapper().createArrayNode();
    int index = 0;
    for (JsonNode line : request.path("lines")) {
      ObjectNode l = ((ObjectNode) line).deepCopy();
      l.put("lineIndex", index++);
      out.add(l);
    }
    return out;
  }

  /**
   * The accepted step. The stored response is rewritten by an approval, so its status is today's,
   * not the one at acceptance: the step names only what does not change.
   */
  private static void accepted(
      List<TimelineStep> steps, Instant at, String terminal, String mode, JsonNode response) {
    steps.add(
        new TimelineStep(
            at,
            StepKind.ACCEPTED,
            null,
            "Accepted at terminal "
                + terminal
                + " while "
                + mode
                + "; "
                + response.path("decisions").size()
                + " rule(s) decided, "
                + response.path("refund").path("method").asText()
                + " refund"));
    for (JsonNode d : response.path("decisions")) {
      if ("REQUIRE_APPROVAL".equals(d.path("effect").asText())) {
        steps.add(
            new TimelineStep(
                at,
                StepKind.APPROVAL_REQUESTED,
                null,
                d.path("rule").asText() + ": " + d.path("message").asText()));
      }
    }
  }

  private static void approval(
      Connection c, String id, List<TimelineStep> steps, List<EventRef> events)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT decided_at, decision, manager, reason, sequence FROM approvals"
                + " WHERE return_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          steps.add(
              new TimelineStep(
                  Instant.ofEpochMilli(rs.getLong(1)),
                  StepKind.APPROVAL_DECIDED,
                  rs.getString(3),
                  rs.getString(2) + " by " + rs.getString(3) + ": " + rs.getString(4)));
          events.add(new EventRef(rs.getLong(5), "approval " + rs.getString(2).toLowerCase()));
        }
      }
    }
  }

  private static void inspections(
      Connection c, String id, List<TimelineStep> steps, List<EventRef> events)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.inspected_at, i.inspected_by, i.sequence, COUNT(l.position),"
                + " GROUP_CONCAT(l.sku || ' x' || l.quantity || ' ' || l.disposition, ', ')"
                + " FROM inspections i JOIN inspection_lines l ON l.event_id = i.event_id"
                + " WHERE i.return_id = ? GROUP BY i.event_id ORDER BY i.sequence")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          steps.add(
              new TimelineStep(
                  Instant.ofEpochMilli(rs.getLong(1)),
                  StepKind.INSPECTED,
                  rs.getString(2),
                  "Inspected by " + rs.getString(2) + ": " + rs.getString(5)));
          events.add(new EventRef(rs.getLong(3), "inspection"));
        }
      }
    }
  }

  private static void storeCredit(
      Connection c, String id, List<TimelineStep> steps, List<EventRef> events)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT issued_at, reference, sequence FROM store_credit_issues WHERE return_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          steps.add(
              new TimelineStep(
                  Instant.ofEpochMilli(rs.getLong(1)),
                  StepKind.STORE_CREDIT_ISSUED,
                  null,
                  "Store credit issued as "
                      + rs.getString(2)
                      + " (it waited for a store-credit number)"));
          events.add(new EventRef(rs.getLong(3), "store credit issued"));
        }
      }
    }
  }

  private ArrayNode sync(Connection c, List<EventRef> events, List<TimelineStep> steps)
      throws SQLException {
    ArrayNode out = ProtocolJson.mapper().createArrayNode();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT event_type, state, acked_at, ack_outcome FROM outbox WHERE sequence = ?")) {
      for (EventRef e : events) {
        ps.setLong(1, e.sequence());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            continue;
          }
          ObjectNode row = out.addObject();
          row.put("sequence", e.sequence());
          row.put("type", rs.getString(1));
          row.put("state", rs.getString(2));
          long acked = rs.getLong(3);
          boolean isAcked = !rs.wasNull();
          String outcome = rs.getString(4);
          row.put("ackedAt", isAcked ? Instant.ofEpochMilli(acked).toString() : null);
          row.put("ackOutcome", outcome);
          Optional<PublishAttempts.Attempts> tried = attempts.of(e.sequence());
          if ("PENDING".equals(rs.getString(2))) {
            row.put("attempts", tried.map(PublishAttempts.Attempts::count).orElse(0));
          } else {
            row.putNull("attempts"); // counts are dropped once central acknowledged
          }
          tried.ifPresent(
              t ->
                  steps.add(
                      new TimelineStep(
                          t.first(),
                          StepKind.SENT,
                          null,
                          "Sent to central (" + e.label() + "), " + t.count() + " attempt(s)")));
          if (isAcked) {
            boolean refused = "DEAD_LETTERED".equals(outcome);
            steps.add(
                new TimelineStep(
                    Instant.ofEpochMilli(acked),
                    refused ? StepKind.REFUSED_BY_CENTRAL : StepKind.ACKNOWLEDGED,
                    null,
                    (refused ? "Refused by central (" : "Acknowledged by central (")
                        + e.label()
                        + ", "
                        + outcome
                        + ")"));
          }
        }
      }
    }
    return out;
  }
}
