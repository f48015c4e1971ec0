package io.rebound.central.http;

import io.rebound.central.db.DatabaseException;
import io.rebound.protocols.InvalidMessageException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of the HTTP API into problem+json: bad input → 400 naming field and rule,
 * JAX-RS errors (unknown path, wrong method, unacceptable media type) → their status, database down
 * → 503, anything else → 500 without a stack trace (which is logged instead).
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response invalid(InvalidMessageException e, @Context UriInfo uri) {
    return Problems.invalid(e, path(uri));
  }

  @ServerExceptionMapper
  public Response jaxrs(WebApplicationException e, @Context UriInfo uri) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        status.getStatusCode() == 404
            ? "no resource at this path"
            : e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
    return Problems.status(status.getStatusCode(), status.getReasonPhrase(), detail, path(uri));
  }

  @ServerExceptionMapper
  public Response database(DatabaseException e, @Context UriInfo uri) {
    LOG.warnf("request %s failed: %s", path(uri), e.getMessage());
    return Problems.status(
        503, "Service Unavailable", "central's database is unavailable; retry later", path(uri));
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, @Context UriInfo uri) {
    LOG.errorf(e, "request %s failed unexpectedly", path(uri));
    return Problems.status(
        500, "Internal Server Error", "an unexpected error occurred; it was logged", path(uri));
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
  }
}
