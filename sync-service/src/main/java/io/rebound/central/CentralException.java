package io.rebound.central;

/**
 * An infrastructure failure of the sync service (database, broker, startup). Domain outcomes (a
 * dead-lettered message, an unknown return) are values, never exceptions.
 */
public abstract class CentralException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected CentralException(String message, Throwable cause) {
    super(message, cause);
  }
}
