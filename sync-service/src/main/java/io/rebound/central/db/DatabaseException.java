package io.rebound.central.db;

import io.rebound.central.CentralException;

/** Central's database is unreachable, refused a statement, or could not be started. */
public final class DatabaseException extends CentralException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
