package io.rebound.edge.returns.policy.source;

/**
 * The store's policy file is missing, unreadable or invalid; the agent refuses to start rather than
 * decide returns under a policy nobody wrote. The message names the file, the field and the rule.
 */
public final class PolicyFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PolicyFileException(String message) {
    super(message);
  }

  public PolicyFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
