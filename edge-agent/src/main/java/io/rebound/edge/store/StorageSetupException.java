package io.rebound.edge.store;

/**
 * The database cannot be used as configured: wrong journal mode or synchronous level, a failed or
 * unknown migration. Fails startup with a message that names the setting and what was found.
 */
public final class StorageSetupException extends StorageException {
  private static final long serialVersionUID = 1L;

  public StorageSetupException(String message) {
    super(message);
  }

  public StorageSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
