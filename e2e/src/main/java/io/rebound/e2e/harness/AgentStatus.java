package io.rebound.e2e.harness;

/** The parts of the agent's {@code GET /api/v1/status} the harness reads. */
public record AgentStatus(String mode, long outboxDepth, long oldestPendingAgeSeconds) {}
