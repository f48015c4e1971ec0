package io.rebound.edge.http;

import io.rebound.protocols.InvalidMessageException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid input of any kind (body, header, query parameter) → 400 naming field and rule. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidMessageException> {
  @Override
  public Response toResponse(InvalidMessageException e) {
    String field = e.field().isEmpty() ? null : e.field();
    String detail = field == null ? e.detail() : field + " " + e.detail();
    return Problem.of(400, "Invalid request", e.rule(), field, detail).toResponse();
  }
}
