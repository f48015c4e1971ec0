package io.rebound.edge.store;

/**
 * The edge agent's storage failed (disk full, I/O error, database closed, write lane stopped).
 * Infrastructure, not a domain outcome: the HTTP layer answers {@code 503 storage unavailable}.
 */
public class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
