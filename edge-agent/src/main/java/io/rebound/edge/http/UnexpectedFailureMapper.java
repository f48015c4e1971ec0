package io.rebound.edge.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** Anything else: logged with its stack here, 503 problem to the client, never a 500 or a trace. */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class);

  @Override
  public Response toResponse(Throwable e) {
    LOG.error("unexpected failure while handling a request", e);
    return HttpProblems.unavailable().toResponse();
  }
}
