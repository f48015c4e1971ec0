package io.rebound.edge.security.store;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.config.SecurityConfig;
import io.rebound.edge.security.SecuritySetupException;
import io.rebound.edge.security.auth.BackOffice;
import io.rebound.edge.security.auth.SessionStore;
import io.rebound.edge.security.auth.Staff;
import io.rebound.edge.security.auth.Username;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.TerminalId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * At startup: checks {@code rebound.security.*}, loads the terminal tokens, and creates the
 * bootstrap terminal token and the first manager when they are configured and missing. A bad
 * setting fails startup naming the key.
 */
@ApplicationScoped
public class SecurityBootstrap {
  private static final Logger LOG = Logger.getLogger(SecurityBootstrap.class);
  private static final int MIN_TOKEN = 32;
  private static final int MIN_PASSWORD = 12;

  void start(
      @Observes @Priority(2600) StartupEvent event,
      EdgeConfig config,
      TerminalDirectory terminals,
      UserDirectory users,
      SessionStore sessions) {
    SecurityConfig security = config.security();
    if (security.passwordIterations() < SecurityConfig.MIN_PASSWORD_ITERATIONS) {
      throw new SecuritySetupException(
          "rebound.security.password-iterations must be at least "
              + SecurityConfig.MIN_PASSWORD_ITERATIONS);
    }
    terminals.load();
    SecurityConfig.Bootstrap boot = security.bootstrap();
    if (boot.terminalId().isPresent() != boot.terminalToken().isPresent()) {
      throw new SecuritySetupException(
          "rebound.security.bootstrap.terminal-id and .terminal-token must be set together");
    }
    if (boot.terminalId().isPresent()) {
      String token = boot.terminalToken().get();
      if (token.length() < MIN_TOKEN) {
        throw new SecuritySetupException(
            "rebound.security.bootstrap.terminal-token must be at least "
                + MIN_TOKEN
                + " characters");
      }
      terminals.bootstrap(terminalId(boot.terminalId().get()), token);
    }
    if (boot.managerUsername().isPresent() != boot.managerPassword().isPresent()) {
      throw new SecuritySetupException(
          "rebound.security.bootstrap.manager-username and .manager-password must be set together");
    }
    if (boot.managerUsername().isPresent()) {
      if (boot.managerPassword().get().length() < MIN_PASSWORD) {
        throw new SecuritySetupException(
            "rebound.security.bootstrap.manager-password must be at least "
                + MIN_PASSWORD
                + " characters");
      }
      Username name = username(boot.managerUsername().get());
      if (users.bootstrapManager(name, boot.managerPassword().get())) {
        LOG.infof("created bootstrap manager %s", name);
      }
      fixedSession(boot, name, sessions);
    }
  }

  /** Test/dev only: the configured never-expiring manager session on the bootstrap terminal. */
  private static void fixedSession(
      SecurityConfig.Bootstrap boot, Username manager, SessionStore sessions) {
    if (boot.managerSessionToken().isEmpty() || !LaunchMode.current().isDevOrTest()) {
      return;
    }
    if (boot.terminalId().isEmpty() || boot.managerSessionToken().get().length() < MIN_TOKEN) {
      throw new SecuritySetupException(
          "rebound.security.bootstrap.manager-session-token needs a bootstrap terminal and "
              + MIN_TOKEN
              + " characters");
    }
    sessions.register(
        boot.managerSessionToken().get(),
        new Staff(manager, StaffRole.MANAGER),
        terminalId(boot.terminalId().get()));
  }

  private static TerminalId terminalId(String text) {
    TerminalId terminal;
    try {
      terminal = TerminalId.of(text);
    } catch (InvalidMessageException e) {
      throw new SecuritySetupException("rebound.security.bootstrap.terminal-id " + e.getMessage());
    }
    if (BackOffice.is(terminal)) {
      throw new SecuritySetupException(
          "rebound.security.bootstrap.terminal-id '"
              + text
              + "' is reserved for the manager's screen (back-office pseudo-terminal)");
    }
    return terminal;
  }

  private static Username username(String text) {
    try {
      return new Username(text);
    } catch (InvalidMessageException e) {
      throw new SecuritySetupException(
          "rebound.security.bootstrap.manager-username " + e.getMessage());
    }
  }
}
