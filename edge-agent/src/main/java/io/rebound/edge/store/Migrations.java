package io.rebound.edge.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Versioned schema migrations: classpath resources {@code db/migration/V<n>__<name>.sql}, applied
 * in order of {@code n}, each in its own transaction that also sets {@code PRAGMA user_version =
 * n}. Scripts are split on {@code ;} at line ends, so they must not contain triggers or {@code ;}
 * in strings.
 */
final class Migrations {
  /**
   * Every migration, in strictly increasing version order (the version is the file name's {@code
   * V<n>}). A test checks this list against the resources.
   */
  static final List<String> SCRIPTS =
      List.of(
          "V1__init.sql",
          "V2__policy_ledger.sql",
          "V3__inspection.sql",
          "V4__approvals.sql",
          "V5__credit_blocks.sql",
          "V6__commands.sql",
          "V8__security.sql",
          "V9__ui_indexes.sql",
          "V10__store_credit_issues.sql",
          "V11__return_outcomes.sql");

  private static final Logger LOG = Logger.getLogger(Migrations.class);
  private static final String DIR = "db/migration/";

  static int head() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  /** The {@code n} of {@code V<n>__name.sql}. */
  static int version(String script) {
    int end = script.indexOf("__");
    if (!script.startsWith("V") || end < 2) {
      throw new StorageSetupException("migration " + script + " is not named V<n>__<name>.sql");
    }
    return Integer.parseInt(script.substring(1, end));
  }

  /** Applies the missing migrations; returns the resulting schema version. */
  int migrate(Connection c) throws SQLException {
    int current;
    try (Statement s = c.createStatement()) {
      current = Integer.parseInt(Database.single(s, "PRAGMA user_version"));
    }
    if (current > head()) {
      throw new StorageSetupException(
          "database schema v" + current + " is newer than this agent's v" + head());
    }
    for (String script : SCRIPTS) {
      if (version(script) > current) {
        apply(c, version(script), script);
      }
    }
    return head();
  }

  private void apply(Connection c, int version, String script) throws SQLException {
    List<String> statements = split(load(script));
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        for (String sql : statements) {
          s.execute(sql);
        }
        s.execute("PRAGMA user_version = " + version);
        s.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        s.execute("ROLLBACK");
        throw new StorageSetupException("migration " + script + " failed: " + e.getMessage(), e);
      }
    }
    LOG.infof("applied migration %s", script);
  }

  static String load(String script) {
    String path = DIR + script;
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new StorageSetupException("migration resource " + path + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorageSetupException("cannot read migration " + path, e);
    }
  }

  static List<String> split(String script) {
    StringBuilder clean = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      int comment = line.indexOf("--");
      clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    List<String> out = new ArrayList<>();
    for (String part : clean.toString().split(";\\s*\n")) {
      String sql = part.strip();
      if (sql.endsWith(";")) {
        sql = sql.substring(0, sql.length() - 1).strip();
      }
      if (!sql.isEmpty()) {
        out.add(sql);
      }
    }
    return out;
  }
}
