package io.rebound.central.process.model;

import io.rebound.central.deadletters.DeadLetterKind;
import java.util.UUID;

/**
 * The answer to {@code POST /api/v1/dead-letters/{id}/replay}: what happened, in a sentence, and
 * the audit entry that records it.
 */
public record ReplayResult(
    long deadLetterId,
    DeadLetterKind kind,
    ReplayOutcome result,
    String detail,
    UUID returnId,
    StepKind step,
    StepState stepState,
    long auditId) {

  public ReplayResult withAudit(long id) {
    return new ReplayResult(deadLetterId, kind, result, detail, returnId, step, stepState, id);
  }
}
