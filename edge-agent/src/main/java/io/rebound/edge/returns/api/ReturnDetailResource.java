package io.rebound.edge.returns.api;

import io.rebound.edge.returns.detail.ReturnDetails;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code GET /api/v1/returns/{id}/detail}: lines, original sale, sync state per event, ERP state
 * and timeline of a return ({@link ReturnDetails}); 404 like {@code GET /api/v1/returns/{id}}.
 */
@Path("/api/v1/returns/{returnId}/detail")
public class ReturnDetailResource {
  private final ReturnDetails details;

  ReturnDetailResource(ReturnDetails details) {
    this.details = details;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response detail(@PathParam("returnId") String returnId) {
    Optional<ReturnId> id = RequestParts.returnId(returnId);
    return id.flatMap(details::of)
        .map(d -> Response.ok(ProtocolJson.toBytes(d), MediaType.APPLICATION_JSON).build())
        .orElseGet(
            () ->
                IdempotentResponses.returnNotFound(
                    returnId, id.isPresent() ? "not-found" : "format"));
  }
}
