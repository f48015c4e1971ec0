package io.rebound.central.process.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One attempt of a step, for the return's timeline. */
public record AttemptView(
    int attempt,
    Instant startedAt,
    Instant finishedAt,
    AttemptOutcome outcome,
    String error,
    String externalReference,
    String adapterKind,
    boolean sandbox,
    String instance) {

  /** {@code SANDBOX} when the sandbox gateway or journal made the attempt, else null. */
  @JsonProperty("mark")
  public String mark() {
    return sandbox ? "SANDBOX" : null;
  }
}
