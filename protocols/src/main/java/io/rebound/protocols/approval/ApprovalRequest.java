package io.rebound.protocols.approval;

import io.rebound.protocols.Checks;

/**
 * POS/manager → agent: body of {@code POST /api/v1/returns/{returnId}/approval}. Guarantees: {@code
 * decision} is set; {@code manager} is 1–64 characters, not blank (free text until manager
 * identities exist); {@code reason} is 1–{@value #MAX_REASON} characters, not blank.
 */
public record ApprovalRequest(ApprovalDecision decision, String manager, String reason) {
  /** Longest reason. */
  public static final int MAX_REASON = 500;

  public ApprovalRequest {
    Checks.required(decision, "decision");
    Checks.text(manager, "manager", 64);
    Checks.text(reason, "reason", MAX_REASON);
  }

  /** A validated request. */
  public static ApprovalRequest of(ApprovalDecision decision, String manager, String reason) {
    return new ApprovalRequest(decision, manager, reason);
  }
}
