package io.rebound.edge.security.api;

import io.rebound.edge.http.Problem;

/** A request the caller may not make: answered with its problem (401 or 403), never stored. */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  AccessDeniedException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
