package io.rebound.central.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Applies {@code classpath:db/migration/V*__*.sql} with Flyway, programmatically (the Quarkus
 * Flyway extension is not used because central builds its own pool, see {@link Database}). Flyway
 * takes a PostgreSQL advisory lock, so N instances starting together migrate once.
 */
final class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class);

  private Migrations() {}

  static void apply(DataSource dataSource) {
    try {
      MigrateResult result =
          Flyway.configure(Migrations.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      if (result.migrationsExecuted == 0) {
        LOG.info("database schema is up to date");
      } else {
        LOG.infof(
            "database schema migrated to version %s (%d migration(s))",
            result.targetSchemaVersion, result.migrationsExecuted);
      }
    } catch (FlywayException e) {
      throw new DatabaseException("database migration failed: " + e.getMessage(), e);
    }
  }
}
