package io.rebound.edge.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404, 405, 406, 413, 415, …) as problem+json instead of bare bodies. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original == null ? 500 : original.getStatus();
    Problem problem = HttpProblems.forStatus(status < 400 ? 400 : status);
    Response.ResponseBuilder out =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toBytes());
    if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
      out.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
    }
    return out.build();
  }
}
