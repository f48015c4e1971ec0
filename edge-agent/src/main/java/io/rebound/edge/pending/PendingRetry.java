package io.rebound.edge.pending;

import io.rebound.edge.outbox.OutboxRelay;
import io.rebound.edge.outbox.PublishAttempts;
import io.rebound.edge.security.api.CurrentCaller;
import io.rebound.edge.security.audit.AuditEntry;
import io.rebound.edge.security.audit.AuditLog;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.store.StorageException;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.audit.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A manager's retry of an unacknowledged outbox event: its publish count starts over, the retry is
 * audited ({@code OUTBOX_RETRY}, committed before the answer), and the relay resends every pending
 * event from the lowest at once (central deduplicates what it already stored).
 */
@ApplicationScoped
public class PendingRetry {
  private static final long AUDIT_TIMEOUT_SECONDS = 30;

  private final PendingQueries queries;
  private final PublishAttempts attempts;
  private final OutboxRelay relay;
  private final AuditLog audit;
  private final CurrentCaller callers;

  PendingRetry(
      PendingQueries queries,
      PublishAttempts attempts,
      OutboxRelay relay,
      AuditLog audit,
      CurrentCaller callers) {
    this.queries = queries;
    this.attempts = attempts;
    this.relay = relay;
    this.audit = audit;
    this.callers = callers;
  }

  /** The event as it was before the retry; empty if it is not (or no longer) pending. */
  public Optional<PendingSnapshot.PendingEvent> retry(long sequence) {
    String target = "sequence " + sequence;
    Caller manager = callers.require(StaffRole.MANAGER, AuditAction.OUTBOX_RETRY, target);
    Optional<PendingSnapshot.PendingEvent> event = queries.pendingEvent(sequence);
    if (event.isEmpty()) {
      return event;
    }
    PendingSnapshot.PendingEvent e = event.get();
    attempts.reset(sequence);
    String detail =
        e.type()
            + (e.returnId() == null ? "" : " " + e.returnId())
            + " after "
            + e.attempts()
            + " attempts ("
            + e.state()
            + ")";
    await(AuditEntry.by(manager, AuditAction.OUTBOX_RETRY, target, AuditResult.SUCCESS, detail));
    relay.resendNow(
        manager.staff().map(s -> s.username().value()).orElse("?") + " retried " + target);
    return event;
  }

  private void await(AuditEntry entry) {
    try {
      audit.record(entry).get(AUDIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new StorageException("audit of an outbox retry failed: " + e.getCause(), e);
    } catch (TimeoutException e) {
      throw new StorageException("audit of an outbox retry not committed in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while auditing an outbox retry", e);
    }
  }
}
