package io.rebound.central.returns;

import io.rebound.central.http.Problems;
import io.rebound.protocols.ids.ReturnId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Central's view of returns. */
@Path("/api/v1/returns")
@Produces(MediaType.APPLICATION_JSON)
public class ReturnsResource {
  private final ReturnsRepository returns;

  @Inject
  public ReturnsResource(ReturnsRepository returns) {
    this.returns = returns;
  }

  /** The return's state and timeline; 404 problem while central has not received it. */
  @GET
  @Path("/{returnId}")
  public Response get(@PathParam("returnId") String returnId) {
    ReturnId id = ReturnId.parse(returnId);
    return returns
        .find(id)
        .map(r -> Response.ok(ReturnView.of(r)).build())
        .orElseGet(() -> Problems.notFound("return", returnId, "/api/v1/returns/" + returnId));
  }
}
