package io.rebound.edge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * The agent's SQLite database file {@code <data-dir>/edge.db}: opens it in WAL mode with {@code
 * synchronous=FULL} (verified, startup fails otherwise), applies the migrations and hands out
 * connections. The single write connection belongs to the {@link WriteLane}; read-only connections
 * to the {@link ReadPool}.
 */
public final class Database implements AutoCloseable {
  public static final String FILE_NAME = "edge.db";
  private static final Logger LOG = Logger.getLogger(Database.class);
  private static final int BUSY_TIMEOUT_MS = 5000;
  private static final String PARAMS =
      "?journal_mode=WAL&synchronous=FULL&busy_timeout=" + BUSY_TIMEOUT_MS;
  private static final int SYNCHRONOUS_FULL = 2;
  private static final JDBC DRIVER = new JDBC();

  private final Path file;
  private final int schemaVersion;
  private volatile boolean open = true;

  private Database(Path file, int schemaVersion) {
    this.file = file;
    this.schemaVersion = schemaVersion;
  }

  /** Opens (creating if needed) {@code dataDir/edge.db}, verifies the pragmas, migrates to head. */
  public static Database open(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve(FILE_NAME);
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StorageSetupException("rebound.data-dir: cannot create " + file.getParent(), e);
    }
    try (Connection c = connect(file, false)) {
      verifyPragmas(c, file);
      int version = new Migrations().migrate(c);
      LOG.infof("SQLite %s open (WAL, synchronous=FULL, schema v%d)", file, version);
      return new Database(file, version);
    } catch (SQLException e) {
      throw new StorageSetupException("cannot open SQLite database " + file, e);
    }
  }

  /** A new read-write connection (auto-commit on). Only the {@link WriteLane} should hold one. */
  public Connection openWriteConnection() throws SQLException {
    requireOpen();
    Connection c = connect(file, false);
    verifyPragmas(c, file);
    return c;
  }

  /** A new read-only connection. */
  public Connection openReadConnection() throws SQLException {
    requireOpen();
    return connect(file, true);
  }

  public Path file() {
    return file;
  }

  /** The schema version ({@code PRAGMA user_version}) reached when the database was opened. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** Whether the schema is at the newest migration this build ships. */
  public boolean atHead() {
    return schemaVersion == Migrations.head();
  }

  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }

  private void requireOpen() {
    if (!open) {
      throw new StorageException("database " + file + " is closed");
    }
  }

  private static Connection connect(Path file, boolean readOnly) throws SQLException {
    String url = "jdbc:sqlite:" + file + PARAMS;
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    // no code reads getGeneratedKeys(); with it on, the driver runs a regex and an extra
    // "SELECT last_insert_rowid()" after every INSERT (a tenth of the write lane's time)
    config.setGetGeneratedKeys(false);
    // the driver's properties win over the URL's busy_timeout (its default would be 3000)
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    Properties props = config.toProperties();
    // the driver directly, not DriverManager: its registry is tied to the first class loader
    Connection c = DRIVER.connect(url, props);
    if (c == null) {
      throw new SQLException("sqlite-jdbc refused the URL " + url);
    }
    return c;
  }

  private static void verifyPragmas(Connection c, Path file) throws SQLException {
    try (Statement s = c.createStatement()) {
      String journal = single(s, "PRAGMA journal_mode");
      if (!"wal".equalsIgnoreCase(journal)) {
        throw new StorageSetupException(
            "SQLite " + file + ": journal_mode must be WAL but is " + journal);
      }
      String sync = single(s, "PRAGMA synchronous");
      if (!String.valueOf(SYNCHRONOUS_FULL).equals(sync)) {
        throw new StorageSetupException(
            "SQLite " + file + ": synchronous must be FULL (2) but is " + sync);
      }
    }
  }

  static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
