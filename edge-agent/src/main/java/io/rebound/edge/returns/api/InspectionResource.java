package io.rebound.edge.returns.api;

import io.rebound.edge.http.Problem;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.inspection.InspectionOutcome;
import io.rebound.edge.returns.inspection.InspectionRefusal;
import io.rebound.edge.returns.inspection.InspectionService;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.InspectionRequest;
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
 * {@code POST /api/v1/returns/{returnId}/inspection}: one inspection step (body as {@code
 * inspection-request.schema.json}), header {@code Idempotency-Key} required.
 */
@Path("/api/v1/returns/{returnId}/inspection")
public class InspectionResource {
  private final InspectionService inspections;

  InspectionResource(InspectionService inspections) {
    this.inspections = inspections;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response inspect(
      @PathParam("returnId") String returnId,
      @HeaderParam(IdempotencyKey.HEADER) String key,
      @HeaderParam("traceparent") String traceparent,
      byte[] body) {
    IdempotencyKey idempotencyKey = new IdempotencyKey(key);
    Optional<ReturnId> id = RequestParts.returnId(returnId);
    if (id.isEmpty()) {
      return IdempotentResponses.returnNotFound(returnId, "format");
    }
    InspectionRequest request = RequestParts.body(body, InspectionRequest.class);
    return respond(inspections.inspect(id.get(), idempotencyKey, request, traceparent));
  }

  private static Response respond(InspectionOutcome outcome) {
    if (outcome instanceof InspectionOutcome.Recorded r) {
      return IdempotentResponses.stored(r.response(), false);
    }
    if (outcome instanceof InspectionOutcome.Replayed r) {
      return IdempotentResponses.stored(r.response(), true);
    }
    if (outcome instanceof InspectionOutcome.UnknownReturn u) {
      return IdempotentResponses.returnNotFound(u.returnId().toString(), "not-found");
    }
    if (outcome instanceof InspectionOutcome.Refused r) {
      return refused(r.refusal());
    }
    if (outcome instanceof InspectionOutcome.KeyReused k) {
      return IdempotentResponses.keyReused(k.firstReturnId(), "inspection");
    }
    return IdempotentResponses.inFlight();
  }

  private static Response refused(InspectionRefusal r) {
    String title = r.status() == 409 ? "Return cannot be inspected" : "Inspection refused";
    return Problem.of(r.status(), title, r.rule(), r.field(), r.detail()).toResponse();
  }
}
