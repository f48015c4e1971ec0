package io.rebound.e2e.harness;

/**
 * An infrastructure failure of the harness itself: a process that would not start or become ready,
 * a broker or database that could not be reached. Never a domain outcome of the system under test
 * (those are values, e.g. {@link PostResult}).
 */
public class HarnessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HarnessException(String message) {
    super(message);
  }

  public HarnessException(String message, Throwable cause) {
    super(message, cause);
  }
}
