package io.rebound.central.process.model;

import java.time.Instant;

/**
 * The dead letter of a process step as shown with the step in {@code GET /api/v1/returns/{id}}:
 * what an operator needs to see why the step is held and to replay it ({@code POST
 * /api/v1/dead-letters/{id}/replay}).
 *
 * @param at when the step was (last) dead-lettered
 * @param replayedAt when an operator last replayed it, null if never since
 */
public record StepDeadLetter(long id, String rule, String reason, Instant at, Instant replayedAt) {}
