package io.rebound.central.security;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.rebound.central.db.DatabaseException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Turns the security failures of the HTTP layer into problem+json: refused or missing credentials →
 * 401 (with {@code WWW-Authenticate}), a role too weak → 403 naming the role, the user store's
 * database down → 503. Everything else goes on to Quarkus' own handlers.
 */
@ApplicationScoped
public class SecurityFailureHandler {
  private final SecurityProblems problems;

  @Inject
  public SecurityFailureHandler(SecurityProblems problems) {
    this.problems = problems;
  }

  void register(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .failureHandler(
            ctx -> {
              Throwable failure = ctx.failure();
              if (failure instanceof AuthenticationException
                  || failure instanceof UnauthorizedException) {
                problems.unauthorized(
                    ctx, "credentials refused: unknown, wrong, expired, disabled or locked");
              } else if (failure instanceof ForbiddenException) {
                problems.forbidden(ctx);
              } else if (causedBy(failure, DatabaseException.class)) {
                problems.unavailable(ctx);
              } else {
                ctx.next();
              }
            });
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
