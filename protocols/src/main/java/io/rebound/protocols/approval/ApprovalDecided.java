package io.rebound.protocols.approval;

import io.rebound.protocols.Checks;
import io.rebound.protocols.envelope.EventPayload;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.Instant;

/**
 * Event payload {@code return.approval-decided}: a manager decided a return that waited for
 * approval; published after its {@code return.accepted}. Guarantees: every component is set; {@code
 * manager} is 1–64 characters, {@code reason} 1–500, neither blank; {@code status} and {@code
 * refund} are the return's state after the decision.
 */
public record ApprovalDecided(
    ReturnId returnId,
    StoreId storeId,
    Instant decidedAt,
    ApprovalDecision decision,
    String manager,
    String reason,
    ReturnStatus status,
    Refund refund)
    implements EventPayload {

  public ApprovalDecided {
    Checks.required(returnId, "returnId");
    Checks.required(storeId, "storeId");
    Checks.required(decidedAt, "decidedAt");
    Checks.required(decision, "decision");
    Checks.text(manager, "manager", 64);
    Checks.text(reason, "reason", ApprovalRequest.MAX_REASON);
    Checks.required(status, "status");
    Checks.required(refund, "refund");
  }

  @Override
  public StoreId payloadStoreId() {
    return storeId;
  }
}
