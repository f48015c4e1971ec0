package io.rebound.central.process.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.rebound.central.http.Problem;
import io.rebound.central.http.Problems;
import io.rebound.central.http.QueryParams;
import io.rebound.central.process.engine.ReplayService;
import io.rebound.central.process.model.ReplayResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/dead-letters/{id}/replay}: a STEP dead letter goes back to PENDING, a MESSAGE
 * is re-ingested through the normal path. The audited operator is the authenticated ops user (role
 * {@code operator}, enforced by the HTTP permission policy); only when central runs without
 * authentication does body {@code {"operator":"…"}} or header {@code X-Operator} name who asks. 200
 * with the result (REPLAYED, REINGESTED or NO_OP), 409 when the replay cannot succeed (REFUSED),
 * 404 for an unknown id; every call with an operator is audited ({@code GET /api/v1/audit}).
 */
@Path("/api/v1/dead-letters/{id}/replay")
@Produces(MediaType.APPLICATION_JSON)
public class ReplayResource {
  private final ReplayService replays;
  private final OperatorInput operators;
  private final SecurityIdentity identity;

  @Inject
  public ReplayResource(ReplayService replays, OperatorInput operators, SecurityIdentity identity) {
    this.replays = replays;
    this.operators = operators;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response replay(
      @PathParam("id") String id, @HeaderParam("X-Operator") String header, String body) {
    long key = QueryParams.longInRange(id, "id", -1, 1, Long.MAX_VALUE);
    String operator =
        identity.isAnonymous()
            ? operators.operator(header, body)
            : identity.getPrincipal().getName();
    ReplayResult result = replays.replay(key, operator);
    String path = "/api/v1/dead-letters/" + id + "/replay";
    return switch (result.result()) {
      case REPLAYED, REINGESTED, NO_OP -> Response.ok(result).build();
      case NOT_FOUND -> Problems.notFound("dead letter", id, path);
      case REFUSED ->
          Problems.response(
              new Problem(
                  "https://rebound.io/problems/replay-refused",
                  "Conflict",
                  409,
                  result.detail() + " (audit " + result.auditId() + ")",
                  path,
                  "payload",
                  "replay-refused"));
    };
  }
}
