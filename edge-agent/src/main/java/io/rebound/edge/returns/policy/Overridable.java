package io.rebound.edge.returns.policy;

/**
 * Whether a rejection may be overridden. {@link #BY_MANAGER} marks the seam for the
 * manager-approval flow (a later issue): such a return is rejected today, and will be accepted once
 * a manager's override is part of the request.
 */
public enum Overridable {
  /** No one may override (e.g. the same sale line returned twice). */
  FINAL,
  /** A manager may override (e.g. outside the return window). */
  BY_MANAGER
}
