package io.rebound.edge.http;

import io.rebound.edge.store.StorageException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Storage failures (disk full, I/O error, lane stopped) → 503 "storage unavailable", logged once
 * here; the client gets no stack trace. A POS retry with the same key is safe.
 */
@Provider
public class StorageFailureMapper implements ExceptionMapper<StorageException> {
  private static final Logger LOG = Logger.getLogger(StorageFailureMapper.class);

  @Override
  public Response toResponse(StorageException e) {
    LOG.errorf(e, "storage unavailable: %s", e.getMessage());
    return Problem.of(
            503,
            "Storage unavailable",
            "storage-unavailable",
            null,
            "The agent could not confirm that the request was stored. Retry with the same"
                + " Idempotency-Key: a stored return is then replayed, never doubled.")
        .toResponse();
  }
}
