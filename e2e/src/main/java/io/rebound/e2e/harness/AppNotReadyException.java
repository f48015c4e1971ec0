package io.rebound.e2e.harness;

/** An application process exited or did not report ready in time; the message has its log tail. */
public final class AppNotReadyException extends HarnessException {
  private static final long serialVersionUID = 1L;

  public AppNotReadyException(String message) {
    super(message);
  }
}
