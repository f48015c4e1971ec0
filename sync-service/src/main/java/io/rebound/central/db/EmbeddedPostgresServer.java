package io.rebound.central.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The embedded default database: real PostgreSQL binaries (io.zonky.test) with a persistent data
 * directory that is never cleaned. Unlike zonky's test defaults, durability is on ({@code fsync},
 * {@code synchronous_commit}, {@code full_page_writes}): an acked event must survive a power cut.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
  private static final String DATABASE = "postgres";
  private static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /** Starts PostgreSQL on {@code dataDir} (initialising it on first use) on a free port. */
  public static EmbeddedPostgresServer start(Path dataDir) {
    Path dir = dataDir.toAbsolutePath();
    try {
      Files.createDirectories(dir);
      StalePostmaster.reclaim(dir);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("max_connections", "100")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      LOG.infof("embedded PostgreSQL up on port %d, data in %s", postgres.getPort(), dir);
      return new EmbeddedPostgresServer(postgres, dir);
    } catch (IOException | RuntimeException e) {
      throw new DatabaseException("cannot start the embedded PostgreSQL in " + dir, e);
    }
  }

  public JdbcTarget target() {
    return new JdbcTarget(postgres.getJdbcUrl(USER, DATABASE), USER, "");
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Fast shutdown of the postmaster (committed data is on disk). */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warnf(e, "embedded PostgreSQL in %s did not stop cleanly", dataDir);
    }
  }
}
