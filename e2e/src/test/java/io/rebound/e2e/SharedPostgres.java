package io.rebound.e2e;

import io.rebound.e2e.harness.Postgres;
import io.rebound.e2e.harness.Workspace;

/**
 * One real PostgreSQL for the whole test run, in the test JVM (so it survives every central kill);
 * each test gets its own database from it.
 */
final class SharedPostgres {
  private static Postgres instance;

  private SharedPostgres() {}

  static synchronized Postgres get() {
    if (instance == null) {
      instance = Postgres.start(Workspace.freshDataDir("postgres"));
      Postgres started = instance;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "e2e-postgres-stop"));
    }
    return instance;
  }
}
