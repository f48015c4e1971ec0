package io.rebound.installer;

/**
 * A step of rebound-agentctl failed. The message says what went wrong, {@link #nextStep()} what the
 * operator should do about it; the CLI prints both and exits non-zero.
 */
public class InstallerException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String nextStep;

  public InstallerException(String message, String nextStep) {
    super(message);
    this.nextStep = nextStep;
  }

  public InstallerException(String message, String nextStep, Throwable cause) {
    super(message, cause);
    this.nextStep = nextStep;
  }

  /** What to do next, as a sentence. */
  public String nextStep() {
    return nextStep;
  }
}
