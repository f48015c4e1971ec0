package io.rebound.central.returns;

import io.rebound.central.http.Problems;
import io.rebound.central.http.QueryParams;
import io.rebound.protocols.ids.ReturnId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Central's view of returns. */
@Path("/api/v1/returns")
@Produces(MediaType.APPLICATION_JSON)
public class ReturnsResource {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final ReturnsRepository returns;
  private final ReturnSearchRepository search;

  @Inject
  public ReturnsResource(ReturnsRepository returns, ReturnSearchRepository search) {
    this.returns = returns;
    this.search = search;
  }

  /**
   * Return search, newest first, server-side paged: filters {@code storeId}, {@code status}, {@code
   * refundStatus} (as accepted at the store), {@code from}/{@code to} (ISO instants, acceptance
   * time), {@code returnId}; {@code limit} (1..200, default 50); {@code after} = {@code next} of
   * the previous page.
   */
  @GET
  public ReturnPage search(
      @QueryParam("storeId") String storeId,
      @QueryParam("status") String status,
      @QueryParam("refundStatus") String refundStatus,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("returnId") String returnId,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    int size = (int) QueryParams.longInRange(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    return search.search(
        ReturnSearch.parse(storeId, status, refundStatus, from, to, returnId, after, size));
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
