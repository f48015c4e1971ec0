package io.rebound.installer.doctor;

import io.rebound.installer.preflight.Check;
import java.util.List;

/**
 * What doctor found. {@code mode} is the agent's upstream mode ({@code ONLINE}, {@code
 * PAYMENT_DEGRADED}, {@code OFFLINE}) or {@code UNKNOWN} when the agent does not answer; {@code
 * lastSync} is the last ack from central.
 */
public record DoctorReport(
    String storeId,
    String mode,
    String connection,
    Long outboxDepth,
    Long oldestPendingAgeSeconds,
    String lastSync,
    List<Check> checks,
    int exitCode) {}
