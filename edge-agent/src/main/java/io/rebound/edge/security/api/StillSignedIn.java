package io.rebound.edge.security.api;

import io.rebound.edge.security.auth.BackOffice;
import io.rebound.edge.security.auth.SessionStore;
import io.rebound.edge.security.store.TerminalDirectory;
import io.rebound.protocols.ids.TerminalId;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * For requests that stay open (the pending queue's event stream): a check, asked again while the
 * response is open, that the credentials the request came with still let it in. A revoked terminal
 * token, a session that expired or was signed out, ends the stream; the screen then reconnects,
 * gets a 401 and shows the login. Only for requests {@link AuthRoute} let through.
 */
@ApplicationScoped
public class StillSignedIn {
  private final TerminalDirectory terminals;
  private final SessionStore sessions;

  StillSignedIn(TerminalDirectory terminals, SessionStore sessions) {
    this.terminals = terminals;
    this.sessions = sessions;
  }

  /** The check for the request of {@code ctx}, capturing its token and session now. */
  public BooleanSupplier of(RoutingContext ctx) {
    Optional<String> token = AuthRoute.bearer(ctx);
    String header = ctx.request().getHeader(SessionStore.HEADER);
    Optional<String> session = Optional.ofNullable(header).map(String::strip);
    if (token.isEmpty() && session.isEmpty()) {
      return () -> false;
    }
    return () -> {
      Optional<TerminalId> terminal =
          token.isPresent()
              ? terminals.authenticate(token.get())
              : Optional.of(BackOffice.TERMINAL);
      if (terminal.isEmpty()) {
        return false;
      }
      return session.isEmpty() || sessions.resolve(session.get(), terminal.get()).isPresent();
    };
  }
}
