package io.rebound.installer.preflight;

/** Outcome of one check: {@code FAIL} stops an install and makes doctor unhealthy. */
public enum CheckStatus {
  OK,
  WARN,
  FAIL
}
