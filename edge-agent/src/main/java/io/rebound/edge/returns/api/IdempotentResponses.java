package io.rebound.edge.returns.api;

import io.rebound.edge.http.Problem;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.idempotency.IdempotencyRecord;
import io.rebound.protocols.ids.ReturnId;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The HTTP side of Stripe-style idempotency, shared by every POST that takes an {@code
 * Idempotency-Key}: the stored first response (replayed byte for byte), the 422 for a key reused
 * with another body, the 409 for a key still in flight, and the 404 for an unknown return.
 */
final class IdempotentResponses {
  private IdempotentResponses() {}

  /** The stored response; {@code replayed} adds {@code Idempotent-Replayed: true}. */
  static Response stored(IdempotencyRecord r, boolean replayed) {
    Response.ResponseBuilder b =
        Response.status(r.responseStatus())
            .type(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.LOCATION, "/api/v1/returns/" + r.returnId())
            .entity(r.responseBody());
    return replayed ? b.header("Idempotent-Replayed", "true").build() : b.build();
  }

  /** 422: the key was first used for another request ({@code what}: "return", "inspection"). */
  static Response keyReused(ReturnId firstReturnId, String what) {
    return Problem.of(
            422,
            "Idempotency-Key reused",
            "idempotency-key-reuse",
            IdempotencyKey.HEADER,
            "This key was already used for a different request (return "
                + firstReturnId
                + "); use a new key for a new "
                + what
                + ".")
        .toResponse();
  }

  /** 409: a request with the same key is still being processed. */
  static Response inFlight() {
    return Problem.of(
            409,
            "Request in flight",
            "idempotency-key-in-flight",
            IdempotencyKey.HEADER,
            "A request with this key is still being processed; retry shortly.")
        .toResponse();
  }

  /** 404 naming {@code returnId}; rule {@code not-found}, or {@code format} for a malformed id. */
  static Response returnNotFound(String returnId, String rule) {
    return Problem.of(
            404,
            "Return not found",
            rule,
            "returnId",
            "No return '" + returnId + "' exists at this store.")
        .toResponse();
  }
}
