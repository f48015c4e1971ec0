package io.rebound.central.exceptions;

import io.rebound.central.http.Problems;
import io.rebound.central.http.QueryParams;
import io.rebound.protocols.InvalidMessageException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;

/** Exception records central raised (cross-store duplicate returns), for operators. */
@Path("/api/v1/exceptions")
@Produces(MediaType.APPLICATION_JSON)
public class ExceptionsResource {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private final ExceptionsRepository exceptions;

  @Inject
  public ExceptionsResource(ExceptionsRepository exceptions) {
    this.exceptions = exceptions;
  }

  /**
   * Oldest first, optionally only those in {@code state}; {@code after} is the last id seen ({@code
   * next} of the previous page).
   */
  @GET
  public ExceptionPage list(
      @QueryParam("state") String state,
      @QueryParam("limit") String limit,
      @QueryParam("after") String after) {
    int size = (int) QueryParams.longInRange(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    long afterId = QueryParams.longInRange(after, "after", 0, 0, Long.MAX_VALUE);
    return exceptions.page(state(state), afterId, size);
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") String id) {
    long key = QueryParams.longInRange(id, "id", -1, 1, Long.MAX_VALUE);
    return exceptions
        .find(key)
        .map(e -> Response.ok(e).build())
        .orElseGet(() -> Problems.notFound("exception", id, "/api/v1/exceptions/" + id));
  }

  private static ExceptionState state(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return Arrays.stream(ExceptionState.values())
        .filter(s -> s.name().equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidMessageException(
                    "state", "enum", "must be one of " + Arrays.toString(ExceptionState.values())));
  }
}
