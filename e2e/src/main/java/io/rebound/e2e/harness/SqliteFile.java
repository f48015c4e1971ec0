package io.rebound.e2e.harness;

import io.rebound.protocols.ids.ReturnId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct reads of the agent's SQLite file (safe beside the running agent: WAL readers). */
public final class SqliteFile {
  private final Path file;

  public SqliteFile(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  private Connection connect() throws SQLException {
    if (!Files.isRegularFile(file)) {
      throw new HarnessException(file + " does not exist");
    }
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?busy_timeout=10000");
    return c;
  }

  /** {@code PRAGMA integrity_check}: "ok", or SQLite's list of problems. */
  public String integrityCheck() {
    List<String> rows = strings("PRAGMA integrity_check");
    return String.join("\n", rows);
  }

  /** Rows of {@code select count(*) from <table> [where ...]}. */
  public long count(String tableAndWhere) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + tableAndWhere);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new HarnessException("count " + tableAndWhere + " in " + file + ": " + e, e);
    }
  }

  /** First column of every row of {@code sql}, as text. */
  public List<String> strings(String sql) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new HarnessException(sql + " on " + file + ": " + e, e);
    }
  }

  /** Every return id stored locally. */
  public List<ReturnId> returnIds() {
    return strings("SELECT return_id FROM returns ORDER BY return_id").stream()
        .map(ReturnId::parse)
        .toList();
  }
}
