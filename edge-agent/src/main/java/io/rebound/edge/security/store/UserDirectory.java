package io.rebound.edge.security.store;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.security.audit.AuditEntry;
import io.rebound.edge.security.audit.AuditLog;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.security.auth.PasswordHash;
import io.rebound.edge.security.auth.Username;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.audit.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/** Personal accounts ({@code users}, V8): PBKDF2-HMAC-SHA256 password hashes, one role each. */
@ApplicationScoped
public class UserDirectory {
  /** A stored account. */
  public record Account(Username username, StaffRole role, String passwordHash) {}

  private final WriteLane lane;
  private final ReadPool reads;
  private final AuditLog audit;
  private final Clock clock;
  private final int iterations;

  UserDirectory(EdgeConfig config, WriteLane lane, ReadPool reads, AuditLog audit, Clock clock) {
    this.lane = lane;
    this.reads = reads;
    this.audit = audit;
    this.clock = clock;
    this.iterations = config.security().passwordIterations();
  }

  public Optional<Account> find(Username username) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT role, password_hash FROM users WHERE username = ?")) {
            ps.setString(1, username.value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new Account(username, StaffRole.valueOf(rs.getString(1)), rs.getString(2)))
                  : Optional.empty();
            }
          }
        });
  }

  /** Creates the first manager when no account exists yet; true if it did. */
  public boolean bootstrapManager(Username username, String password) {
    String hash = PasswordHash.create(password, iterations);
    return Commits.await(
        lane,
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM users LIMIT 1");
              ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              return false;
            }
          }
          insert(c, username, StaffRole.MANAGER, hash, "bootstrap");
          return true;
        },
        "bootstrap manager " + username);
  }

  /** Creates an account, audited; false if the username is taken. */
  public boolean create(Username username, StaffRole role, String password, Caller by) {
    String hash = PasswordHash.create(password, iterations);
    String creator = by.staff().map(s -> s.username().value()).orElse(by.terminal().value());
    return Commits.await(
        lane,
        audit.around(
            c -> insert(c, username, role, hash, creator),
            created ->
                Optional.of(
                    AuditEntry.by(
                        by,
                        AuditAction.USER_CREATED,
                        username.value(),
                        created ? AuditResult.SUCCESS : AuditResult.FAILURE,
                        created ? "account created, role " + role : "username already taken"))),
        "create user " + username);
  }

  private boolean insert(
      Connection c, Username username, StaffRole role, String hash, String createdBy)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO users (username, role, password_hash, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, username.value());
      ps.setString(2, role.name());
      ps.setString(3, hash);
      ps.setLong(4, clock.millis());
      ps.setString(5, createdBy);
      return ps.executeUpdate() == 1;
    }
  }
}
