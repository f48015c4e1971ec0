package io.rebound.edge.mqtt;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** Holds the current {@link ConnectionState}; checks and logs every transition. Thread-safe. */
final class ConnectionStateMachine {
  private static final Logger LOG = Logger.getLogger(ConnectionStateMachine.class);

  private final AtomicReference<ConnectionState> current =
      new AtomicReference<>(ConnectionState.DISCONNECTED);
  private final Clock clock;

  ConnectionStateMachine(Clock clock) {
    this.clock = clock;
  }

  ConnectionState current() {
    return current.get();
  }

  /**
   * Moves to {@code next}. Returns the change, or empty when already in {@code next} (a repeated
   * failed attempt) or when the machine is CLOSED (late callbacks after shutdown are ignored).
   *
   * @throws IllegalTransitionException when the enum does not allow the transition
   */
  Optional<ConnectionChanged> moveTo(ConnectionState next) {
    while (true) {
      ConnectionState from = current.get();
      if (from == next || from == ConnectionState.CLOSED) {
        return Optional.empty();
      }
      if (!from.canMoveTo(next)) {
        throw new IllegalTransitionException(from, next);
      }
      if (current.compareAndSet(from, next)) {
        LOG.infof("mqtt connection %s -> %s", from, next);
        return Optional.of(new ConnectionChanged(from, next, clock.instant()));
      }
    }
  }
}
