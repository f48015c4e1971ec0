package io.rebound.central.deadletters;

import io.rebound.central.http.Problems;
import io.rebound.central.http.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What central dead-lettered, with the reason, for operators: poison messages (kind MESSAGE) and
 * process steps that failed for good (kind STEP). Replay: {@code
 * io.rebound.central.process.api.ReplayResource}.
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private final DeadLetterRepository deadLetters;

  @Inject
  public DeadLettersResource(DeadLetterRepository deadLetters) {
    this.deadLetters = deadLetters;
  }

  /** Oldest first; {@code after} is the last id seen ({@code next} of the previous page). */
  @GET
  public DeadLetterPage list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
    int size = (int) QueryParams.longInRange(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    long afterId = QueryParams.longInRange(after, "after", 0, 0, Long.MAX_VALUE);
    return deadLetters.page(afterId, size);
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") String id) {
    long key = QueryParams.longInRange(id, "id", -1, 1, Long.MAX_VALUE);
    return deadLetters
        .find(key)
        .map(d -> Response.ok(d).build())
        .orElseGet(() -> Problems.notFound("dead letter", id, "/api/v1/dead-letters/" + id));
  }
}
