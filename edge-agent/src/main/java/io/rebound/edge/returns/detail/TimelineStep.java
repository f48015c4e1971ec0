package io.rebound.edge.returns.detail;

import java.time.Instant;

/**
 * One step of a return's life at the store, for the manager's timeline: when, what ({@link
 * StepKind}), who when a person did it, and a sentence.
 */
public record TimelineStep(Instant at, StepKind kind, String actor, String detail) {}
