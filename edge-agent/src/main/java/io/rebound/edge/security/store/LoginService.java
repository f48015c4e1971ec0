package io.rebound.edge.security.store;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.security.audit.AuditEntry;
import io.rebound.edge.security.audit.AuditLog;
import io.rebound.edge.security.auth.LoginThrottle;
import io.rebound.edge.security.auth.PasswordHash;
import io.rebound.edge.security.auth.SessionStore;
import io.rebound.edge.security.auth.Staff;
import io.rebound.edge.security.auth.Username;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.TerminalId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Username + password → a session of the terminal the login came from. Every attempt is audited; an
 * unknown username costs the same hashing as a wrong password; lockout per {@link LoginThrottle}.
 */
@ApplicationScoped
public class LoginService {
  private final UserDirectory users;
  private final SessionStore sessions;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final WriteLane lane;
  private final String decoy;

  LoginService(
      EdgeConfig config,
      UserDirectory users,
      SessionStore sessions,
      LoginThrottle throttle,
      AuditLog audit,
      WriteLane lane) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.audit = audit;
    this.lane = lane;
    this.decoy =
        PasswordHash.create("decoy-password-never-used", config.security().passwordIterations());
  }

  public LoginOutcome login(Username username, String password, TerminalId terminal) {
    Optional<Instant> locked = throttle.lockedUntil(username.value());
    if (locked.isPresent()) {
      record(username, null, terminal, AuditResult.FAILURE, "account locked until " + locked.get());
      return new LoginOutcome.Locked(locked.get());
    }
    Optional<UserDirectory.Account> account = users.find(username);
    boolean matches =
        PasswordHash.verify(
                password, account.map(UserDirectory.Account::passwordHash).orElse(decoy))
            && account.isPresent();
    StaffRole role = account.map(UserDirectory.Account::role).orElse(null);
    if (!matches) {
      Optional<Instant> lockedNow = throttle.failed(username.value());
      record(
          username,
          role,
          terminal,
          AuditResult.FAILURE,
          lockedNow.map(t -> "wrong credentials; locked until " + t).orElse("wrong credentials"));
      return lockedNow
          .<LoginOutcome>map(LoginOutcome.Locked::new)
          .orElse(new LoginOutcome.Refused());
    }
    throttle.succeeded(username.value());
    Staff staff = new Staff(username, role);
    record(username, role, terminal, AuditResult.SUCCESS, "signed in");
    SessionStore.Opened opened = sessions.open(staff, terminal);
    return new LoginOutcome.SignedIn(staff, opened.token(), opened.expiresAt());
  }

  private void record(
      Username username, StaffRole role, TerminalId terminal, AuditResult result, String detail) {
    AuditEntry entry =
        AuditEntry.byPerson(username.value(), role, terminal, AuditAction.LOGIN, result, detail);
    Commits.await(lane, c -> audit.append(c, entry), "audit login of " + username);
  }
}
