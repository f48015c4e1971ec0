package io.rebound.central.process.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A return's process step as shown in {@code GET /api/v1/returns/{id}}: where it stands, the last
 * attempt's adapter (with the SANDBOX mark when the sandbox gateway or journal was used) and every
 * attempt since the step was created.
 *
 * @param vendorId the supplier claim's vendor ({@code unknown} if none given), null otherwise
 * @param attempts attempts since creation or the last replay
 * @param deadLetter the step's dead letter (kept after a replay, with its time), null if none
 */
public record StepView(
    long id,
    StepKind kind,
    String vendorId,
    StepState state,
    int attempts,
    Instant nextAttemptAt,
    Instant lastAttemptAt,
    String externalReference,
    String lastError,
    String adapterKind,
    boolean sandbox,
    Instant createdAt,
    List<AttemptView> history,
    StepDeadLetter deadLetter) {

  public StepView {
    history = List.copyOf(history);
  }

  /** {@code SANDBOX} when the last attempt used the sandbox gateway or journal, else null. */
  @JsonProperty("mark")
  public String mark() {
    return sandbox ? "SANDBOX" : null;
  }
}
