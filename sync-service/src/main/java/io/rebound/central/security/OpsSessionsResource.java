package io.rebound.central.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.rebound.central.http.Problem;
import io.rebound.central.http.Problems;
import io.rebound.protocols.InvalidMessageException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;

/**
 * Login to the ops API: {@code POST} user name and password, get an opaque bearer token (open to
 * anyone: the only ops endpoint that is); {@code GET current} tells who you are; {@code DELETE
 * current} logs out.
 */
@Path("/api/v1/ops/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class OpsSessionsResource {
  private static final String PATH = "/api/v1/ops/sessions";

  private final LocalLogin login;
  private final OpsAccounts accounts;
  private final SecurityIdentity identity;

  @Inject
  public OpsSessionsResource(LocalLogin login, OpsAccounts accounts, SecurityIdentity identity) {
    this.login = login;
    this.accounts = accounts;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(LoginRequest request) {
    if (request == null || request.username() == null || request.password() == null) {
      throw new InvalidMessageException(
          request == null || request.username() == null ? "username" : "password",
          "required",
          "is required");
    }
    LoginOutcome outcome =
        login.login(request.username(), request.password(), LoginChannel.SESSION);
    if (outcome instanceof LoginOutcome.Accepted accepted) {
      return Response.status(201).entity(accounts.openSession(accepted.user())).build();
    }
    if (outcome instanceof LoginOutcome.Locked locked) {
      long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds() + 1);
      return Response.fromResponse(
              Problems.response(
                  new Problem(
                      "https://rebound.io/problems/too-many-requests",
                      "Too Many Requests",
                      429,
                      "too many failed logins: this user is locked until " + locked.until(),
                      PATH,
                      "username",
                      "ops.login.locked")))
          .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
          .build();
    }
    return Response.fromResponse(
            Problems.response(
                new Problem(
                    "https://rebound.io/problems/unauthorized",
                    "Unauthorized",
                    401,
                    "user name or password is wrong, or the user is disabled",
                    PATH,
                    "password",
                    "ops.login.credentials")))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + SecurityProblems.REALM + "\"")
        .build();
  }

  @GET
  @Path("/current")
  public WhoAmI current() {
    return new WhoAmI(
        identity.getPrincipal().getName(),
        identity.getRoles().stream().sorted().toList(),
        LocalIdentities.isLocal(identity) ? LocalIdentities.LOCAL : "oidc");
  }

  @DELETE
  @Path("/current")
  public Response close(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token =
        authorization == null ? "" : authorization.replaceFirst("(?i)^bearer\\s+", "").trim();
    if (!token.startsWith(OpsSessions.TOKEN_PREFIX)) {
      throw new InvalidMessageException(
          "Authorization", "session-token", "only a session token (Bearer rbo_…) can be closed");
    }
    accounts.closeSession(token, identity.getPrincipal().getName());
    return Response.noContent().build();
  }
}
