package io.rebound.edge.returns.api;

import io.rebound.edge.http.Problem;
import io.rebound.edge.returns.approval.ApprovalOutcome;
import io.rebound.edge.returns.approval.ApprovalService;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.protocols.approval.ApprovalRequest;
import io.rebound.protocols.ids.ReturnId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code POST /api/v1/returns/{returnId}/approval}: a manager approves or denies a return in status
 * {@code PENDING_APPROVAL} (body as {@code approval-request.schema.json}), header {@code
 * Idempotency-Key} required.
 */
@Path("/api/v1/returns/{returnId}/approval")
public class ApprovalResource {
  private final ApprovalService approvals;

  ApprovalResource(ApprovalService approvals) {
    this.approvals = approvals;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response decide(
      @PathParam("returnId") String returnId,
      @HeaderParam(IdempotencyKey.HEADER) String key,
      @HeaderParam("traceparent") String traceparent,
      byte[] body) {
    IdempotencyKey idempotencyKey = new IdempotencyKey(key);
    Optional<ReturnId> id = RequestParts.returnId(returnId);
    if (id.isEmpty()) {
      return IdempotentResponses.returnNotFound(returnId, "format");
    }
    ApprovalRequest request = RequestParts.body(body, ApprovalRequest.class);
    return respond(approvals.decide(id.get(), idempotencyKey, request, traceparent));
  }

  private static Response respond(ApprovalOutcome outcome) {
    if (outcome instanceof ApprovalOutcome.Recorded r) {
      return IdempotentResponses.stored(r.response(), false);
    }
    if (outcome instanceof ApprovalOutcome.Replayed r) {
      return IdempotentResponses.stored(r.response(), true);
    }
    if (outcome instanceof ApprovalOutcome.UnknownReturn u) {
      return IdempotentResponses.returnNotFound(u.returnId().toString(), "not-found");
    }
    if (outcome instanceof ApprovalOutcome.NotPending n) {
      return Problem.of(
              409,
              "Return does not wait for approval",
              "approval.not-pending",
              "returnId",
              "Return "
                  + n.returnId()
                  + " is "
                  + n.status()
                  + "; only a return in status PENDING_APPROVAL can be approved or denied.")
          .toResponse();
    }
    if (outcome instanceof ApprovalOutcome.KeyReused k) {
      return IdempotentResponses.keyReused(k.firstReturnId(), "approval");
    }
    return IdempotentResponses.inFlight();
  }
}
