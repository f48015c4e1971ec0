package io.rebound.edge.updates;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.returns.detail.StepKind;
import io.rebound.edge.returns.detail.TimelineStep;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of central's outcome updates for the manager's return detail: the ERP state and
 * postings ({@code erp}) and the timeline steps (REFUND_SETTLED, REFUND_DECLINED, POSTED_IN_ERP,
 * FAILED_AT_CENTRAL).
 */
public final class ReturnOutcomes {
  /** Said while central has reported no posting for the return. */
  public static final String NOT_KNOWN_NOTE =
      "Posted to the ERP by central after the return syncs; central has not reported a posting"
          + " for this return yet. See the ops console for the ERP state.";

  private ReturnOutcomes() {}

  /** One reported outcome. */
  record Outcome(
      long seq,
      OutcomeKind kind,
      OutcomeState state,
      String reference,
      String detail,
      Instant at) {}

  /** The return's {@code erp} view and timeline steps. */
  public record View(ObjectNode erp, List<TimelineStep> timeline) {}

  /** Reads what central reported for {@code returnId}. */
  public static View of(Connection c, String returnId) throws SQLException {
    List<Outcome> outcomes = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, kind, state, reference, detail, at FROM return_outcomes"
                + " WHERE return_id = ? ORDER BY seq")) {
      ps.setString(1, returnId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          outcomes.add(
              new Outcome(
                  rs.getLong(1),
                  OutcomeKind.valueOf(rs.getString(2)),
                  OutcomeState.valueOf(rs.getString(3)),
                  rs.getString(4),
                  rs.getString(5),
                  Instant.ofEpochMilli(rs.getLong(6))));
        }
      }
    }
    return new View(erp(outcomes), outcomes.stream().map(ReturnOutcomes::step).toList());
  }

  private static ObjectNode erp(List<Outcome> outcomes) {
    Map<OutcomeKind, Outcome> latest = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o.kind() != OutcomeKind.REFUND) {
        latest.put(o.kind(), o); // a replayed posting's later entry wins
      }
    }
    ErpState state = state(latest);
    ObjectNode erp = ProtocolJson.mapper().createObjectNode();
    erp.put("state", state.name());
    erp.put(
        "note",
        switch (state) {
          case NOT_KNOWN_AT_STORE -> NOT_KNOWN_NOTE;
          case PARTLY_POSTED -> "Some postings are in the ERP; central reports the rest when done.";
          case POSTED -> "The credit note and the stock return are in the ERP.";
          case FAILED_AT_CENTRAL ->
              "A posting failed at central and waits for an operator (ops console, dead letters).";
        });
    ArrayNode postings = erp.putArray("postings");
    for (Outcome o : latest.values()) {
      ObjectNode p = postings.addObject();
      p.put("kind", o.kind().name());
      p.put("state", o.state().name());
      p.put("reference", o.reference());
      p.put("detail", o.detail());
      p.put("at", o.at().toString());
    }
    return erp;
  }

  static ErpState state(Map<OutcomeKind, Outcome> latest) {
    if (latest.isEmpty()) {
      return ErpState.NOT_KNOWN_AT_STORE;
    }
    if (latest.values().stream().anyMatch(o -> o.state() == OutcomeState.DEAD_LETTERED)) {
      return ErpState.FAILED_AT_CENTRAL;
    }
    boolean credit = latest.containsKey(OutcomeKind.CREDIT_NOTE);
    boolean stock = latest.containsKey(OutcomeKind.STOCK_RETURN);
    return credit && stock ? ErpState.POSTED : ErpState.PARTLY_POSTED;
  }

  private static TimelineStep step(Outcome o) {
    String ref = o.reference() == null ? "" : " (" + o.reference() + ")";
    String why = o.detail() == null ? "" : ": " + o.detail();
    if (o.state() == OutcomeState.DEAD_LETTERED) {
      return new TimelineStep(
          o.at(),
          StepKind.FAILED_AT_CENTRAL,
          null,
          o.kind() + " failed at central and waits for an operator" + why);
    }
    if (o.kind() == OutcomeKind.REFUND) {
      return o.state() == OutcomeState.DECLINED
          ? new TimelineStep(
              o.at(), StepKind.REFUND_DECLINED, null, "Refund declined by the gateway" + ref + why)
          : new TimelineStep(o.at(), StepKind.REFUND_SETTLED, null, "Refunded by central" + ref);
    }
    return new TimelineStep(
        o.at(), StepKind.POSTED_IN_ERP, null, o.kind() + " posted in the ERP" + ref);
  }
}
