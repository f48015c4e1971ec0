package io.rebound.central.security;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.OpsConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Creates the first operator from {@code rebound.ops.bootstrap-user}/{@code -password} when the
 * user store is empty — once: afterwards (even with other settings) it changes nothing. Several
 * instances starting together serialize on a PostgreSQL advisory lock, so exactly one creates it.
 */
@Singleton
public class OpsBootstrap {
  private static final Logger LOG = Logger.getLogger(OpsBootstrap.class);
  private static final long LOCK_KEY = 0x7265626f756e64L; // "rebound"

  private final Database database;
  private final OpsUsers users;
  private final OpsAudit audit;
  private final PasswordHasher hasher;
  private final OpsConfig config;

  @Inject
  public OpsBootstrap(
      Database database,
      OpsUsers users,
      OpsAudit audit,
      PasswordHasher hasher,
      CentralConfig config) {
    this.database = database;
    this.users = users;
    this.audit = audit;
    this.hasher = hasher;
    this.config = config.ops();
  }

  /** Whether this call created the bootstrap operator. */
  public boolean run() {
    if (config.bootstrapUser().isEmpty()) {
      return false;
    }
    String username = config.bootstrapUser().get();
    try {
      boolean created =
          database.inTransaction(
              c -> {
                try (PreparedStatement lock =
                    c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                  lock.setLong(1, LOCK_KEY);
                  lock.execute();
                }
                if (users.anyExists(c)) {
                  return false;
                }
                String hash = hasher.hash(config.bootstrapPassword().orElseThrow());
                users.insert(c, username, hash, OpsRole.OPERATOR, "bootstrap");
                audit.append(
                    c, OpsAuditAction.USER_BOOTSTRAPPED, "bootstrap", username, "role operator");
                return true;
              });
      if (created) {
        LOG.infof("ops user store was empty: bootstrap operator '%s' created", username);
      } else {
        LOG.infof("ops user store is not empty: rebound.ops.bootstrap-user ignored");
      }
      return created;
    } catch (SQLException e) {
      throw new DatabaseException("ops bootstrap failed: " + e.getMessage(), e);
    }
  }
}
