package io.rebound.central.security;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.db.SqlWork;
import io.rebound.protocols.InvalidMessageException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users, sessions and the audit of the built-in store; each change is audited in its own tx. */
@Singleton
public class OpsAccounts {
  private final Database database;
  private final OpsUsers users;
  private final OpsSessions sessions;
  private final OpsAudit audit;
  private final PasswordHasher hasher;
  private final Duration sessionTtl;

  @Inject
  public OpsAccounts(
      Database database,
      OpsUsers users,
      OpsSessions sessions,
      OpsAudit audit,
      PasswordHasher hasher,
      CentralConfig config) {
    this.database = database;
    this.users = users;
    this.sessions = sessions;
    this.audit = audit;
    this.hasher = hasher;
    this.sessionTtl = config.ops().sessionTtl();
  }

  /** A new bearer token for a user whose login was just accepted. */
  public IssuedSession openSession(StoredUser user) {
    return transaction(c -> sessions.issue(c, user, Instant.now().plus(sessionTtl)));
  }

  /** The user a bearer token belongs to, if it is valid, unexpired and the user active. */
  Optional<SessionOwner> sessionOwner(String token) {
    return database.read(c -> sessions.owner(c, token, Instant.now()));
  }

  /** Ends a session (logout); whether the token existed. */
  public boolean closeSession(String token, String actor) {
    return transaction(
        c -> {
          boolean existed = sessions.revoke(c, token);
          if (existed) {
            audit.append(c, OpsAuditAction.SESSION_REVOKED, actor, actor, "logout");
          }
          return existed;
        });
  }

  /** Creates a user; empty when the name is taken. Input errors name the field and the rule. */
  public Optional<OpsUserView> create(NewUser request, String actor) {
    if (request == null) {
      throw new InvalidMessageException("body", "required", "a JSON object is required");
    }
    Credentials.checkUsername("username", request.username());
    Credentials.checkPassword("password", request.password());
    OpsRole role = OpsRole.parse("role", request.role());
    String hash = hasher.hash(request.password());
    return transaction(
        c -> {
          if (!users.insert(c, request.username(), hash, role, actor)) {
            return Optional.empty();
          }
          audit.append(
              c, OpsAuditAction.USER_CREATED, actor, request.username(), "role " + role.roleName());
          return users.find(c, request.username()).map(StoredUser::view);
        });
  }

  /** Changes role and/or status; empty when the user is unknown. Ends the user's sessions. */
  public Optional<OpsUserView> update(String username, UserChange change, String actor) {
    if (change == null || (change.role() == null && change.status() == null)) {
      throw new InvalidMessageException("body", "required", "give role and/or status");
    }
    Optional<OpsRole> role = Optional.ofNullable(change.role()).map(r -> OpsRole.parse("role", r));
    Optional<UserStatus> status =
        Optional.ofNullable(change.status()).map(s -> UserStatus.parse("status", s));
    if (username.equals(actor)
        && (status.equals(Optional.of(UserStatus.DISABLED))
            || role.equals(Optional.of(OpsRole.VIEWER)))) {
      throw new InvalidMessageException(
          "status", "self-lockout", "an operator cannot disable or demote themself");
    }
    return transaction(
        c -> {
          Optional<StoredUser> found = users.find(c, username);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          StoredUser before = found.get();
          OpsRole newRole = role.orElse(before.role());
          UserStatus newStatus = status.orElse(before.status());
          users.update(c, username, newRole, newStatus);
          sessions.revokeAll(c, username, Instant.now());
          audit.append(
              c,
              OpsAuditAction.USER_UPDATED,
              actor,
              username,
              "role " + newRole.roleName() + ", status " + newStatus);
          return users.find(c, username).map(StoredUser::view);
        });
  }

  public List<OpsUserView> list() {
    return database.read(c -> users.all(c).stream().map(StoredUser::view).toList());
  }

  public OpsAuditPage audit(long after, int limit) {
    return database.read(c -> audit.page(c, after, limit));
  }

  private <T> T transaction(SqlWork<T> work) {
    try {
      return database.inTransaction(work);
    } catch (SQLException e) {
      throw new DatabaseException("central database unavailable: " + e.getMessage(), e);
    }
  }
}
