package io.rebound.edge.returns.api;

import io.rebound.edge.http.Problem;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.edge.returns.inspection.InspectionOutcome;
import io.rebound.edge.returns.inspection.InspectionRefusal;
import io.rebound.edge.returns.inspection.InspectionService;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.InspectionRequest;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
    ReturnId id;
    try {
      id = ReturnId.parse(returnId);
    } catch (InvalidMessageException e) {
      return notFound(returnId, "format");
    }
    if (body == null || body.length == 0) {
      throw new InvalidMessageException(
          "", "json-syntax", "body is empty; a JSON object is needed");
    }
    InspectionRequest request = ProtocolJson.decode(body, InspectionRequest.class);
    return respond(inspections.inspect(id, idempotencyKey, request, traceparent));
  }

  private static Response respond(InspectionOutcome outcome) {
    if (outcome instanceof InspectionOutcome.Recorded r) {
      return stored(r.response()).build();
    }
    if (outcome instanceof InspectionOutcome.Replayed r) {
      return stored(r.response()).header("Idempotent-Replayed", "true").build();
    }
    if (outcome instanceof InspectionOutcome.UnknownReturn u) {
      return notFound(u.returnId().toString(), "not-found");
    }
    if (outcome instanceof InspectionOutcome.Refused r) {
      return refused(r.refusal());
    }
    if (outcome instanceof InspectionOutcome.KeyReused k) {
      return Problem.of(
              422,
              "Idempotency-Key reused",
              "idempotency-key-reuse",
              IdempotencyKey.HEADER,
              "This key was already used for a different request (return "
                  + k.firstReturnId()
                  + "); use a new key for a new inspection.")
          .toResponse();
    }
    return Problem.of(
            409,
            "Request in flight",
            "idempotency-key-in-flight",
            IdempotencyKey.HEADER,
            "A request with this key is still being processed; retry shortly.")
        .toResponse();
  }

  private static Response refused(InspectionRefusal r) {
    String title = r.status() == 409 ? "Return cannot be inspected" : "Inspection refused";
    return Problem.of(r.status(), title, r.rule(), r.field(), r.detail()).toResponse();
  }

  private static Response notFound(String returnId, String rule) {
    return Problem.of(
            404,
            "Return not found",
            rule,
            "returnId",
            "No return '" + returnId + "' exists at this store.")
        .toResponse();
  }

  private static Response.ResponseBuilder stored(IdempotencyRecord r) {
    return Response.status(r.responseStatus())
        .type(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.LOCATION, "/api/v1/returns/" + r.returnId())
        .entity(r.responseBody());
  }
}
