package io.rebound.central.exceptions;

import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads exception rows in the caller's connection. */
public final class ExceptionReader {
  static final String COLUMNS =
      "id, kind, state, sale_id, line_key, first_store_id, first_return_id, first_quantity,"
          + " second_store_id, second_return_id, second_quantity, detected_at";
  static final String SELECT = "SELECT " + COLUMNS + " FROM exceptions";

  private ExceptionReader() {}

  /** The exceptions a return is involved in, oldest first. */
  public static List<ExceptionView> forReturn(Connection c, ReturnId returnId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            SELECT + " WHERE first_return_id = ? OR second_return_id = ? ORDER BY id")) {
      ps.setObject(1, returnId.value());
      ps.setObject(2, returnId.value());
      return list(ps);
    }
  }

  static List<ExceptionView> list(PreparedStatement ps) throws SQLException {
    List<ExceptionView> found = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        found.add(view(rs));
      }
    }
    return found;
  }

  static ExceptionView view(ResultSet rs) throws SQLException {
    return new ExceptionView(
        rs.getLong("id"),
        ExceptionKind.valueOf(rs.getString("kind")),
        ExceptionState.valueOf(rs.getString("state")),
        rs.getString("sale_id"),
        rs.getString("line_key"),
        new ExceptionView.ReturnRef(
            StoreId.of(rs.getString("first_store_id")),
            new ReturnId(Sql.getUuid(rs, "first_return_id")),
            rs.getInt("first_quantity")),
        new ExceptionView.ReturnRef(
            StoreId.of(rs.getString("second_store_id")),
            new ReturnId(Sql.getUuid(rs, "second_return_id")),
            rs.getInt("second_quantity")),
        Sql.getInstant(rs, "detected_at"));
  }
}
