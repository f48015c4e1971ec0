package io.rebound.installer.data;

import io.rebound.installer.InstallerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The agent's SQLite file {@code <data-dir>/edge.db}, as the CLI touches it: counting unsynced
 * outbox events and taking an online backup ({@code VACUUM INTO}, SQLite's consistent copy of a
 * live database; never a file copy).
 */
public final class AgentDatabase {
  public static final String FILE_NAME = "edge.db";
  private final Path file;

  private AgentDatabase(Path file) {
    this.file = file;
  }

  /** The agent's database in its data directory. */
  public static AgentDatabase inDataDir(Path dataDir) {
    return new AgentDatabase(dataDir.resolve(FILE_NAME));
  }

  /** A database file, e.g. a backup. */
  public static AgentDatabase at(Path file) {
    return new AgentDatabase(file);
  }

  /**
   * Replaces this database with {@code backup} (the agent must be stopped): the WAL and
   * shared-memory files of the replaced database are removed first so SQLite cannot replay them
   * onto the backup.
   */
  public void restoreFrom(Path backup) {
    try {
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
      Files.copy(backup, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new InstallerException(
          "cannot restore " + file + " from " + backup + ": " + e.getMessage(),
          "copy " + backup + " to " + file + " by hand while the agent is stopped",
          e);
    }
  }

  public Path file() {
    return file;
  }

  public boolean exists() {
    return Files.isRegularFile(file);
  }

  /** Outbox events central has not acknowledged yet (0 when there is no database). */
  public long pendingEvents() {
    if (!exists()) {
      return 0;
    }
    try (Connection c = open(true);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox WHERE state = 'PENDING'")) {
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new InstallerException(
          "cannot read the outbox in " + file + ": " + e.getMessage(),
          "check the file's permissions; if the agent never started, there is nothing to sync",
          e);
    }
  }

  /** Highest outbox sequence (0 when empty): tells whether anything was accepted since a backup. */
  public long highestSequence() {
    if (!exists()) {
      return 0;
    }
    try (Connection c = open(true);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(sequence), 0) FROM outbox")) {
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new InstallerException(
          "cannot read " + file + ": " + e.getMessage(), "check the file's permissions", e);
    }
  }

  /** Online backup into {@code target} (must not exist) while the agent may be writing. */
  public void backupTo(Path target) {
    try {
      Files.createDirectories(target.getParent());
      try (Connection c = open(false);
          PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
        vacuum.setString(1, target.toString());
        vacuum.execute();
      }
    } catch (java.io.IOException | SQLException e) {
      throw new InstallerException(
          "backup of " + file + " into " + target + " failed: " + e.getMessage(),
          "free disk space in "
              + target.getParent()
              + " and run the command again (nothing was changed)",
          e);
    }
  }

  private Connection open(boolean readOnly) throws SQLException {
    Properties props = new Properties();
    props.setProperty("open_mode", readOnly ? "1" : "6");
    props.setProperty("busy_timeout", "10000");
    return new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, props);
  }
}
