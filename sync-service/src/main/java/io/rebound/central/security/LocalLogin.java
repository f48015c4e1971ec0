package io.rebound.central.security;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.OpsConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks user name and password against {@code ops_users}, with lockout: {@code
 * rebound.ops.max-failed-logins} consecutive failures lock the user for {@code
 * rebound.ops.lockout-duration}, during which no password is even checked. Every attempt, good or
 * bad, is written to {@code ops_audit}. The (slow, on purpose) PBKDF2 check runs outside any
 * transaction, so it holds no connection; counting failures is one atomic UPDATE.
 */
@Singleton
public class LocalLogin {
  private static final Logger LOG = Logger.getLogger(LocalLogin.class);

  private final Database database;
  private final OpsUsers users;
  private final OpsAudit audit;
  private final OpsConfig config;
  private final PasswordHasher hasher;

  @Inject
  public LocalLogin(
      Database database,
      OpsUsers users,
      OpsAudit audit,
      CentralConfig config,
      PasswordHasher hasher) {
    this.database = database;
    this.users = users;
    this.audit = audit;
    this.config = config.ops();
    this.hasher = hasher;
  }

  /** Checks the credentials; an unavailable database is a {@link DatabaseException}. */
  public LoginOutcome login(String username, String password, LoginChannel channel) {
    Instant now = Instant.now();
    Optional<StoredUser> found = database.read(c -> users.find(c, username));
    if (found.isEmpty()) {
      hasher.matchNothing(password);
      return reject(username, channel, "unknown user");
    }
    StoredUser user = found.get();
    if (user.status() == UserStatus.DISABLED) {
      return reject(username, channel, "user disabled");
    }
    if (user.lockedAt(now)) {
      write(
          OpsAuditAction.LOGIN_REFUSED_LOCKED, username, channel + " until " + user.lockedUntil());
      return new LoginOutcome.Locked(user.lockedUntil());
    }
    if (!hasher.matches(password, user.passwordHash())) {
      return failure(user, channel);
    }
    boolean counted =
        transaction(
            c -> {
              boolean ok = users.recordSuccess(c, username, Instant.now());
              audit.append(
                  c,
                  ok ? OpsAuditAction.LOGIN_SUCCEEDED : OpsAuditAction.LOGIN_REFUSED_LOCKED,
                  username,
                  username,
                  channel.name());
              return ok;
            });
    return counted ? new LoginOutcome.Accepted(user) : new LoginOutcome.Rejected("locked");
  }

  private LoginOutcome failure(StoredUser user, LoginChannel channel) {
    Instant lockUntil = Instant.now().plus(config.lockoutDuration());
    Optional<Instant> locked =
        transaction(
            c -> {
              Optional<Instant> until =
                  users.recordFailure(c, user.username(), config.maxFailedLogins(), lockUntil);
              audit.append(
                  c,
                  OpsAuditAction.LOGIN_FAILED,
                  user.username(),
                  user.username(),
                  channel + ": wrong password");
              if (until.isPresent()) {
                audit.append(
                    c,
                    OpsAuditAction.USER_LOCKED,
                    "central",
                    user.username(),
                    config.maxFailedLogins() + " failed logins; locked until " + until.get());
              }
              return until;
            });
    if (locked.isPresent()) {
      LOG.warnf(
          "ops user %s locked until %s after %d failed logins",
          user.username(), locked.get(), config.maxFailedLogins());
      return new LoginOutcome.Locked(locked.get());
    }
    return new LoginOutcome.Rejected("wrong password");
  }

  private LoginOutcome reject(String username, LoginChannel channel, String reason) {
    write(OpsAuditAction.LOGIN_FAILED, username, channel + ": " + reason);
    return new LoginOutcome.Rejected(reason);
  }

  private void write(OpsAuditAction action, String username, String detail) {
    transaction(
        c -> {
          audit.append(c, action, username, username, detail);
          return null;
        });
  }

  private <T> T transaction(io.rebound.central.db.SqlWork<T> work) {
    try {
      return database.inTransaction(work);
    } catch (SQLException e) {
      throw new DatabaseException("central database unavailable: " + e.getMessage(), e);
    }
  }
}
