package io.rebound.central.process.store;

import io.rebound.central.process.model.AttemptOutcome;
import io.rebound.central.process.model.StepState;
import java.time.Instant;

/**
 * What to record after an attempt: the step's next state and the attempt's history row.
 *
 * @param counted whether the attempt counts against {@code rebound.process.max-attempts} (a failed
 *     probe while the circuit is open does not: an outage dead-letters nothing)
 * @param nextAttemptAt when a RETRY_WAIT step is due again (ignored for other states)
 * @param deadLetterReason the reason shown in the dead-letter list (DEAD_LETTERED only)
 * @param declineCode the gateway's decline code (DECLINED only): it names why the return's credit
 *     note is held
 */
public record StepResult(
    StepState next,
    AttemptOutcome outcome,
    String error,
    boolean counted,
    String externalReference,
    Instant nextAttemptAt,
    String deadLetterReason,
    String deadLetterRule,
    String adapterKind,
    boolean sandbox,
    Instant startedAt,
    Instant finishedAt,
    String declineCode) {}
