package io.rebound.e2e.harness;

import io.rebound.testing.FreePort;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL (zonky's embedded binaries) owned by the harness JVM, so it outlives every
 * {@code kill -9} of central. Hands out fresh databases as {@link JdbcTarget}s.
 */
public final class Postgres implements AutoCloseable {
  private static final String USER = "postgres";

  private final EmbeddedPostgres pg;
  private int databases;

  private Postgres(EmbeddedPostgres pg) {
    this.pg = pg;
  }

  /** Starts PostgreSQL on a free loopback port with its cluster under {@code dataDir}. */
  public static Postgres start(Path dataDir) {
    try {
      return new Postgres(
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(true)
              .setPort(FreePort.find())
              .setServerConfig("fsync", "on")
              .start());
    } catch (IOException e) {
      throw new HarnessException("embedded PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  /** A new, empty database. */
  public synchronized JdbcTarget createDatabase(String prefix) {
    String name = (prefix.replaceAll("[^a-z0-9_]", "_") + "_" + (++databases)).toLowerCase();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new HarnessException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return new JdbcTarget(
        "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + name, USER, "postgres");
  }

  @Override
  public void close() {
    try {
      pg.close();
    } catch (IOException e) {
      throw new HarnessException("embedded PostgreSQL did not stop: " + e.getMessage(), e);
    }
  }
}
