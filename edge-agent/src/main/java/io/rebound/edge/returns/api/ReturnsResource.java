package io.rebound.edge.returns.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.credit.IssuedCreditQueries;
import io.rebound.edge.http.Problem;
import io.rebound.edge.returns.accept.AcceptOutcome;
import io.rebound.edge.returns.accept.AcceptService;
import io.rebound.edge.returns.approval.ApprovalQueries;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.inspection.InspectionQueries;
import io.rebound.edge.returns.query.ReturnFilter;
import io.rebound.edge.returns.query.ReturnQueries;
import io.rebound.edge.returns.query.StoredReturn;
import io.rebound.edge.security.api.CurrentCaller;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.ReturnRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** The POS API: accept a return, read one, list them (PRODUCT.md external contract). */
@Path("/api/v1/returns")
public class ReturnsResource {
  private final AcceptService accept;
  private final ReturnQueries queries;
  private final InspectionQueries inspections;
  private final ApprovalQueries approvals;
  private final IssuedCreditQueries credits;
  private final CurrentCaller callers;

  ReturnsResource(
      AcceptService accept,
      ReturnQueries queries,
      InspectionQueries inspections,
      ApprovalQueries approvals,
      IssuedCreditQueries credits,
      CurrentCaller callers) {
    this.accept = accept;
    this.queries = queries;
    this.inspections = inspections;
    this.approvals = approvals;
    this.credits = credits;
    this.callers = callers;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(
      @HeaderParam(IdempotencyKey.HEADER) String key,
      @HeaderParam("traceparent") String traceparent,
      byte[] body) {
    IdempotencyKey idempotencyKey = new IdempotencyKey(key);
    ReturnRequest request = RequestParts.body(body, ReturnRequest.class);
    callers.requireOwnTerminal(request.terminalId());
    AcceptOutcome outcome = accept.accept(idempotencyKey, request, traceparent);
    return respond(outcome);
  }

  private static Response respond(AcceptOutcome outcome) {
    if (outcome instanceof AcceptOutcome.Created c) {
      return IdempotentResponses.stored(c.response(), false);
    }
    if (outcome instanceof AcceptOutcome.Replayed r) {
      return IdempotentResponses.stored(r.response(), true);
    }
    if (outcome instanceof AcceptOutcome.Rejected r) {
      return Problem.of(422, "Refused by store policy", r.rule(), r.field(), r.message())
          .toResponse();
    }
    if (outcome instanceof AcceptOutcome.KeyReused k) {
      return IdempotentResponses.keyReused(k.firstReturnId(), "return");
    }
    return IdempotentResponses.inFlight();
  }

  @GET
  @Path("/{returnId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@PathParam("returnId") String returnId) {
    Optional<ReturnId> id = RequestParts.returnId(returnId);
    return id.flatMap(queries::byId)
        .map(
            r ->
                Response.ok(ProtocolJson.toBytes(withInspection(r)), MediaType.APPLICATION_JSON)
                    .build())
        .orElseGet(
            () ->
                IdempotentResponses.returnNotFound(
                    returnId, id.isPresent() ? "not-found" : "format"));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("sync") String sync,
      @QueryParam("limit") String limit,
      @QueryParam("after") String after,
      @QueryParam("refund") String refund,
      @QueryParam("terminal") String terminal,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("order") String order,
      @QueryParam("before") String before) {
    ReturnFilter filter =
        ReturnFilter.parse(
            new ReturnFilter.Params(
                status, sync, limit, after, refund, terminal, from, to, order, before));
    return Response.ok(ProtocolJson.toBytes(queries.list(filter).toJson()))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  /**
   * The stored return plus {@code "inspection"} (state per line and the inspection steps) and, once
   * a manager decided it, {@code "approval"}; store credit issued after acceptance (it waited for a
   * number) adds {@code "storeCreditIssued"} {@code {storeCreditNumber, issuedAt, eventId,
   * sequence}}.
   */
  private ObjectNode withInspection(StoredReturn r) {
    ObjectNode view = r.toJson();
    inspections.view(r.returnId()).ifPresent(i -> view.set("inspection", i));
    approvals.view(r.returnId()).ifPresent(a -> view.set("approval", a));
    credits.view(r.returnId()).ifPresent(i -> view.set("storeCreditIssued", i));
    return view;
  }
}
