package io.rebound.edge.security.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.edge.http.Problem;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.security.auth.SessionStore;
import io.rebound.edge.security.auth.Username;
import io.rebound.edge.security.store.LoginOutcome;
import io.rebound.edge.security.store.LoginService;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sessions of managers and associates on a terminal: {@code POST /api/v1/sessions} {@code
 * {"username","password"}} → 201 {@code {"token","username","role","expiresAt"}} (send the token as
 * {@code Rebound-Session} together with the terminal's bearer token); {@code GET|DELETE
 * /api/v1/sessions/current}.
 */
@Path("/api/v1/sessions")
public class SessionsResource {
  private static final int MAX_PASSWORD = 256;

  private final LoginService logins;
  private final SessionStore sessions;
  private final CurrentCaller callers;
  private final Clock clock;

  SessionsResource(LoginService logins, SessionStore sessions, CurrentCaller callers, Clock clock) {
    this.logins = logins;
    this.sessions = sessions;
    this.callers = callers;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response login(byte[] body) {
    Caller caller = callers.get();
    JsonNode json = Bodies.object(body);
    Username username = new Username(Bodies.text(json, "username", 64));
    String password = Bodies.text(json, "password", MAX_PASSWORD);
    LoginOutcome outcome = logins.login(username, password, caller.terminal());
    if (outcome instanceof LoginOutcome.SignedIn s) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("token", s.token());
      view.put("username", s.staff().username().value());
      view.put("role", s.staff().role().name());
      view.put("terminalId", caller.terminal().value());
      view.put("expiresAt", s.expiresAt().toString());
      return Response.status(201)
          .type(MediaType.APPLICATION_JSON)
          .entity(ProtocolJson.toBytes(view))
          .build();
    }
    if (outcome instanceof LoginOutcome.Locked l) {
      long seconds = Math.max(1, Duration.between(clock.instant(), l.until()).toSeconds() + 1);
      return Response.fromResponse(
              Problem.of(
                      429,
                      "Account locked",
                      "auth.login-locked",
                      "username",
                      "Too many failed logins for this username; retry after " + l.until() + ".")
                  .toResponse())
          .header("Retry-After", seconds)
          .build();
    }
    return Problem.of(
            401,
            "Login failed",
            "auth.login-failed",
            "password",
            "Unknown username or wrong password.")
        .toResponse();
  }

  @GET
  @Path("/current")
  @Produces(MediaType.APPLICATION_JSON)
  public Response current() {
    Caller caller = callers.get();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("terminalId", caller.terminal().value());
    caller
        .staff()
        .ifPresent(
            s -> {
              view.put("username", s.username().value());
              view.put("role", s.role().name());
            });
    return Response.ok(ProtocolJson.toBytes(view), MediaType.APPLICATION_JSON).build();
  }

  @DELETE
  @Path("/current")
  public Response logout(@HeaderParam(SessionStore.HEADER) String token) {
    callers.get();
    if (token == null || !sessions.close(token.strip())) {
      return Problem.of(404, "Not found", "not-found", SessionStore.HEADER, "No session to end.")
          .toResponse();
    }
    return Response.noContent().build();
  }
}
