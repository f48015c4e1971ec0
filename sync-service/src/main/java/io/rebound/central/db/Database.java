package io.rebound.central.db;

import io.agroal.api.AgroalDataSource;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.lifecycle.StateHolder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Central's PostgreSQL. With {@code quarkus.datasource.jdbc.url} set, that database is used;
 * without it, an embedded PostgreSQL is started in {@code <rebound.data-dir>/pg}.
 *
 * <p>Why not the Quarkus-managed datasource: it needs its URL when the application starts, but the
 * embedded server's URL (a free port) is only known after it started, and a missing URL makes
 * Quarkus warn or try Dev Services. So the managed datasource is switched off ({@code
 * quarkus.datasource.active=false} in application.properties) and this class builds one Agroal pool
 * itself, the same way in both modes, reading the standard {@code quarkus.datasource.*} keys.
 */
@Singleton
public class Database {
  private static final Logger LOG = Logger.getLogger(Database.class);

  private final CentralConfig config;
  private final Optional<String> url;
  private final Optional<String> username;
  private final Optional<String> password;
  private final String applicationName;
  private final StateHolder<DatabaseState> state = new StateHolder<>("database", DatabaseState.NEW);
  private volatile AgroalDataSource dataSource;
  private volatile EmbeddedPostgresServer embedded;

  @Inject
  public Database(CentralConfig config, Config quarkusConfig) {
    this(
        config,
        quarkusConfig.getOptionalValue("quarkus.datasource.jdbc.url", String.class),
        quarkusConfig.getOptionalValue("quarkus.datasource.username", String.class),
        quarkusConfig.getOptionalValue("quarkus.datasource.password", String.class),
        quarkusConfig
            .getOptionalValue("quarkus.application.name", String.class)
            .orElse("rebound-central"));
  }

  /** For tests and tools: an explicit URL (empty = embedded) and credentials. */
  public Database(
      CentralConfig config,
      Optional<String> url,
      Optional<String> username,
      Optional<String> password,
      String applicationName) {
    this.config = config;
    this.url = url.filter(u -> !u.isBlank());
    this.username = username;
    this.password = password;
    this.applicationName = applicationName;
  }

  /** Connects (starting the embedded server if no URL is configured) and migrates the schema. */
  public void start() {
    state.moveTo(DatabaseState.STARTING);
    try {
      JdbcTarget target;
      if (url.isPresent()) {
        target = new JdbcTarget(url.get(), username.orElse(""), password.orElse(""));
        LOG.infof("using PostgreSQL at %s", target);
      } else {
        embedded = EmbeddedPostgresServer.start(config.dataDir().resolve("pg"));
        target = embedded.target();
      }
      dataSource = DataSourceFactory.create(target, config.db().poolSize(), applicationName);
      Migrations.apply(dataSource);
      state.moveTo(DatabaseState.UP);
    } catch (RuntimeException e) {
      state.moveTo(DatabaseState.FAILED);
      stopQuietly();
      throw e;
    }
  }

  public DatabaseState state() {
    return state.get();
  }

  /** A pooled connection in auto-commit mode; the caller closes it. */
  public Connection connection() throws SQLException {
    AgroalDataSource ds = dataSource;
    if (ds == null || !state.is(DatabaseState.UP)) {
      throw new SQLException("central database is " + state.get(), "08003");
    }
    return ds.getConnection();
  }

  /** Runs {@code work} in one transaction: commit on return, rollback on any failure. */
  public <T> T inTransaction(SqlWork<T> work) throws SQLException {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** Runs a read; an SQL failure becomes a {@link DatabaseException} (HTTP 503). */
  public <T> T read(SqlWork<T> work) {
    try (Connection c = connection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new DatabaseException("central database unavailable: " + e.getMessage(), e);
    }
  }

  /** Whether a trivial query succeeds within two seconds. */
  public boolean ping() {
    try (Connection c = connection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  public void stop() {
    if (state.is(DatabaseState.STOPPED)) {
      return;
    }
    state.moveTo(DatabaseState.STOPPED);
    stopQuietly();
  }

  private void stopQuietly() {
    AgroalDataSource ds = dataSource;
    dataSource = null;
    if (ds != null) {
      ds.close();
    }
    EmbeddedPostgresServer server = embedded;
    embedded = null;
    if (server != null) {
      server.close();
    }
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
