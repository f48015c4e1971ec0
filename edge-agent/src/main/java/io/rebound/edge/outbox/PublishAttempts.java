package io.rebound.edge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often the relay published each outbox event that central has not acknowledged yet, since the
 * agent started (in memory: the outbox table keeps no attempt count, and writing one per publish
 * would cost a commit on the hot path). The pending queue of the manager's screen calls an event
 * BLOCKED after {@code rebound.ui.blocked-after-attempts}; a manager's retry starts its count
 * again.
 */
@ApplicationScoped
public class PublishAttempts {
  /** Publishes of one event: how many, the first and the last. */
  public record Attempts(int count, Instant first, Instant last) {}

  private final ConcurrentHashMap<Long, Attempts> bySequence = new ConcurrentHashMap<>();

  /** The relay published the event of {@code sequence}. */
  void published(long sequence, Instant at) {
    bySequence.merge(
        sequence, new Attempts(1, at, at), (a, b) -> new Attempts(a.count() + 1, a.first(), at));
  }

  /** Central acknowledged these events: they are no longer counted. */
  void acknowledged(Collection<Long> sequences) {
    sequences.forEach(bySequence::remove);
  }

  /** A manager asked to send the event again now: its count starts over. */
  public void reset(long sequence) {
    bySequence.remove(sequence);
  }

  /** The publishes of the event of {@code sequence} since the agent started, if any. */
  public Optional<Attempts> of(long sequence) {
    return Optional.ofNullable(bySequence.get(sequence));
  }
}
