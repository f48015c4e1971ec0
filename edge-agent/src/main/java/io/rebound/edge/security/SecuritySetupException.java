package io.rebound.edge.security;

/** A security setting the agent cannot start with; the message names the key and the rule. */
public class SecuritySetupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SecuritySetupException(String message) {
    super(message);
  }
}
