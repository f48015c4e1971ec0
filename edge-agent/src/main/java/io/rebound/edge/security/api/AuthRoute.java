package io.rebound.edge.security.api;

import io.rebound.edge.http.Problem;
import io.rebound.edge.security.audit.AuditEntry;
import io.rebound.edge.security.audit.AuditLog;
import io.rebound.edge.security.auth.AccessRules;
import io.rebound.edge.security.auth.BackOffice;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.security.auth.RateLimiter;
import io.rebound.edge.security.auth.SessionStore;
import io.rebound.edge.security.auth.Staff;
import io.rebound.edge.security.auth.Username;
import io.rebound.edge.security.store.TerminalDirectory;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.ids.TerminalId;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The one authentication gate of the agent, a Vert.x route ahead of everything (and of the body
 * limit): every request except Quarkus' {@code /q/*} and the static files of the manager's screen
 * ({@link AccessRules#isStatic}) needs {@code Authorization: Bearer <terminal token>} (401
 * otherwise) or, from the manager's browser, only a {@code Rebound-Session} of the {@link
 * BackOffice} pseudo-terminal (an anonymous {@code POST /api/v1/sessions} opens one), passes the
 * terminal's rate limit (429 + Retry-After), may add a session of that terminal in {@code
 * Rebound-Session} (401 if it is not a live one), and, on the paths of {@link AccessRules}, needs a
 * person of the rule's role (403, audited). The caller is left in the routing context for {@link
 * CurrentCaller}. Works in memory only: no blocking.
 */
@ApplicationScoped
public class AuthRoute {
  /** Before BodyLimitRoute (-3): an anonymous client cannot make the agent read a body. */
  static final int ORDER = -4;

  static final String CALLER_KEY = "rebound.caller";
  private static final Logger LOG = Logger.getLogger(AuthRoute.class);
  private static final String BEARER = "bearer ";

  private final TerminalDirectory terminals;
  private final SessionStore sessions;
  private final RateLimiter limiter;
  private final AuditLog audit;

  AuthRoute(
      TerminalDirectory terminals, SessionStore sessions, RateLimiter limiter, AuditLog audit) {
    this.terminals = terminals;
    this.sessions = sessions;
    this.limiter = limiter;
    this.audit = audit;
  }

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(this::check);
  }

  private void check(RoutingContext ctx) {
    String path;
    try {
      path = ctx.normalizedPath();
    } catch (RuntimeException e) {
      path = null;
    }
    String method = ctx.request().method().name();
    if (path != null && (AccessRules.isOpen(path) || AccessRules.isStatic(method, path))) {
      ctx.next();
      return;
    }
    boolean sentToken = ctx.request().headers().contains("Authorization");
    String sessionHeader = ctx.request().getHeader(SessionStore.HEADER);
    if (!sentToken && (sessionHeader != null || isBackOfficeLogin(method, path))) {
      backOffice(ctx, path, sessionHeader);
      return;
    }
    Optional<TerminalId> terminal = bearer(ctx).flatMap(terminals::authenticate);
    if (terminal.isEmpty()) {
      unauthorized(ctx, AuthProblems.missingOrWrongToken(sentToken));
      return;
    }
    if (rateLimited(ctx, limiter.acquire(terminal.get()), "Terminal " + terminal.get())) {
      return;
    }
    Optional<Staff> staff = Optional.empty();
    if (sessionHeader != null) {
      staff = sessions.resolve(sessionHeader.strip(), terminal.get());
      if (staff.isEmpty()) {
        unauthorized(ctx, AuthProblems.sessionInvalid());
        return;
      }
    }
    authorize(ctx, path, new Caller(terminal.get(), staff));
  }

  /**
   * A browser of the store manager's screen: no terminal token, only a session of the {@link
   * BackOffice} pseudo-terminal, or none to log in. Logins share the pseudo-terminal's bucket (each
   * costs a password hash); a signed-in person has a bucket of their own, so a flood of anonymous
   * logins or made-up sessions cannot lock the managers out of their screen.
   */
  private void backOffice(RoutingContext ctx, String path, String sessionHeader) {
    if (sessionHeader == null) {
      if (!rateLimited(
          ctx, limiter.acquire(BackOffice.TERMINAL), "The back-office login (all browsers)")) {
        authorize(ctx, path, new Caller(BackOffice.TERMINAL, Optional.empty()));
      }
      return;
    }
    Optional<Staff> staff = sessions.resolve(sessionHeader.strip(), BackOffice.TERMINAL);
    if (staff.isEmpty()) {
      unauthorized(ctx, AuthProblems.sessionInvalid());
      return;
    }
    Username person = staff.get().username();
    if (!rateLimited(ctx, limiter.acquire(person), "User " + person.value())) {
      authorize(ctx, path, new Caller(BackOffice.TERMINAL, staff));
    }
  }

  private static boolean isBackOfficeLogin(String method, String path) {
    return path != null && AccessRules.isBackOfficeLogin(method, path);
  }

  /** Answers 429 + Retry-After and returns true when {@code wait} is not zero. */
  private static boolean rateLimited(RoutingContext ctx, Duration wait, String who) {
    if (wait.isZero()) {
      return false;
    }
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    send(ctx, AuthProblems.rateLimited(who, seconds), "Retry-After", String.valueOf(seconds));
    return true;
  }

  private void authorize(RoutingContext ctx, String path, Caller caller) {
    Optional<AccessRules.Rule> rule =
        path == null
            ? Optional.empty()
            : AccessRules.personRule(ctx.request().method().name(), path);
    if (rule.isPresent() && !caller.has(rule.get().role())) {
      audit.record(
          AuditEntry.by(
              caller,
              rule.get().action(),
              clip(path),
              AuditResult.DENIED,
              "needs role " + rule.get().role()));
      send(ctx, AuthProblems.roleRequired(rule.get().role(), caller), null, null);
      return;
    }
    ctx.put(CALLER_KEY, caller);
    ctx.next();
  }

  static Optional<String> bearer(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = header.substring(BEARER.length()).strip();
    return token.isEmpty() || token.length() > 200 ? Optional.empty() : Optional.of(token);
  }

  private static String clip(String path) {
    return path.length() <= 128 ? path : path.substring(0, 127) + "…";
  }

  private static void unauthorized(RoutingContext ctx, Problem problem) {
    send(
        ctx,
        problem,
        "WWW-Authenticate",
        "Bearer realm=\"rebound-agent\", error=\"invalid_token\"");
  }

  private static void send(RoutingContext ctx, Problem problem, String header, String value) {
    if (ctx.response().ended()) {
      return;
    }
    try {
      ctx.response()
          .setStatusCode(problem.status())
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
      if (header != null) {
        ctx.response().putHeader(header, value);
      }
      ctx.response().end(Buffer.buffer(problem.toBytes()));
    } catch (RuntimeException e) {
      LOG.debugf("could not answer %s: %s", problem.status(), e.getMessage());
    }
  }
}
