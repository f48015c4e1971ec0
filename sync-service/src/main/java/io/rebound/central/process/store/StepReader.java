package io.rebound.central.process.store;

import io.rebound.central.db.Sql;
import io.rebound.central.process.model.AttemptOutcome;
import io.rebound.central.process.model.AttemptView;
import io.rebound.central.process.model.StepDeadLetter;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import io.rebound.central.process.model.StepView;
import io.rebound.protocols.ids.ReturnId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a return's process steps with their attempt history, in processing order. */
public final class StepReader {
  private StepReader() {}

  public static List<StepView> forReturn(Connection c, ReturnId id) throws SQLException {
    Map<Long, List<AttemptView>> history = attempts(c, id);
    List<StepView> steps = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT s.id, s.kind, s.vendor_key, s.state, s.attempts, s.next_attempt_at,"
                + " s.last_attempt_at, s.external_reference, s.last_error, s.adapter_kind,"
                + " s.sandbox, s.created_at, d.id AS dl_id, d.rule AS dl_rule,"
                + " d.reason AS dl_reason, d.received_at AS dl_at, d.replayed_at AS dl_replayed_at"
                + " FROM process_steps s LEFT JOIN dead_letters d ON d.step_id = s.id"
                + " WHERE s.return_id = ? ORDER BY s.erp_order, s.kind, s.vendor_key")) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long step = rs.getLong("id");
          String vendor = rs.getString("vendor_key");
          StepState state = StepState.valueOf(rs.getString("state"));
          steps.add(
              new StepView(
                  step,
                  StepKind.valueOf(rs.getString("kind")),
                  vendor.isEmpty() ? null : vendor,
                  state,
                  rs.getInt("attempts"),
                  state.claimable() ? Sql.getInstant(rs, "next_attempt_at") : null,
                  Sql.getInstant(rs, "last_attempt_at"),
                  rs.getString("external_reference"),
                  rs.getString("last_error"),
                  rs.getString("adapter_kind"),
                  rs.getBoolean("sandbox"),
                  Sql.getInstant(rs, "created_at"),
                  history.getOrDefault(step, List.of()),
                  deadLetter(rs)));
        }
      }
    }
    return steps;
  }

  private static StepDeadLetter deadLetter(ResultSet rs) throws SQLException {
    long id = rs.getLong("dl_id");
    if (rs.wasNull()) {
      return null;
    }
    return new StepDeadLetter(
        id,
        rs.getString("dl_rule"),
        rs.getString("dl_reason"),
        Sql.getInstant(rs, "dl_at"),
        Sql.getInstant(rs, "dl_replayed_at"));
  }

  private static Map<Long, List<AttemptView>> attempts(Connection c, ReturnId id)
      throws SQLException {
    Map<Long, List<AttemptView>> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.step_id, a.attempt, a.started_at, a.finished_at, a.outcome, a.error,"
                + " a.external_reference, a.adapter_kind, a.sandbox, a.instance"
                + " FROM process_attempts a JOIN process_steps s ON s.id = a.step_id"
                + " WHERE s.return_id = ? ORDER BY a.id")) {
      ps.setObject(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong("step_id"), k -> new ArrayList<>())
              .add(
                  new AttemptView(
                      rs.getInt("attempt"),
                      Sql.getInstant(rs, "started_at"),
                      Sql.getInstant(rs, "finished_at"),
                      AttemptOutcome.valueOf(rs.getString("outcome")),
                      rs.getString("error"),
                      rs.getString("external_reference"),
                      rs.getString("adapter_kind"),
                      rs.getBoolean("sandbox"),
                      rs.getString("instance")));
        }
      }
    }
    return out;
  }
}
