package io.rebound.edge.security.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@link AccessDeniedException} → its problem+json. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {
  @Override
  public Response toResponse(AccessDeniedException e) {
    Response.ResponseBuilder out =
        Response.status(e.problem().status())
            .type(io.rebound.edge.http.Problem.MEDIA_TYPE)
            .entity(e.problem().toBytes());
    if (e.problem().status() == 401) {
      out.header("WWW-Authenticate", "Bearer realm=\"rebound-agent\"");
    }
    return out.build();
  }
}
