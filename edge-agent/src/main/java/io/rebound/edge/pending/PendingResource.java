package io.rebound.edge.pending;

import io.rebound.edge.http.Problem;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The store manager's pending queue: {@code GET /api/v1/pending} → {@link PendingSnapshot}; {@code
 * POST /api/v1/pending/{sequence}/retry} (MANAGER, audited) → 202 {@code
 * {"sequence","eventId","previousAttempts","previousState"}}, 404 when that event is not pending.
 * The live form is {@code GET /api/v1/pending/stream} ({@link PendingStream}).
 */
@Path("/api/v1/pending")
public class PendingResource {
  private final PendingQueries queries;
  private final PendingRetry retries;

  PendingResource(PendingQueries queries, PendingRetry retries) {
    this.queries = queries;
    this.retries = retries;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response snapshot() {
    return Response.ok(ProtocolJson.toBytes(queries.snapshot()), MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("/{sequence}/retry")
  @Produces(MediaType.APPLICATION_JSON)
  public Response retry(@PathParam("sequence") String sequence) {
    long seq;
    try {
      seq = Long.parseLong(sequence);
    } catch (NumberFormatException e) {
      return notPending(sequence);
    }
    Optional<PendingSnapshot.PendingEvent> retried = retries.retry(seq);
    if (retried.isEmpty()) {
      return notPending(sequence);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("sequence", seq);
    view.put("eventId", retried.get().eventId());
    view.put("previousAttempts", retried.get().attempts());
    view.put("previousState", retried.get().state().name());
    return Response.accepted(ProtocolJson.toBytes(view)).type(MediaType.APPLICATION_JSON).build();
  }

  private static Response notPending(String sequence) {
    return Problem.of(
            404,
            "Not pending",
            "pending.not-pending",
            "sequence",
            "No outbox event with sequence '"
                + (sequence.length() > 40 ? sequence.substring(0, 40) + "…" : sequence)
                + "' is waiting for central's acknowledgement.")
        .toResponse();
  }
}
