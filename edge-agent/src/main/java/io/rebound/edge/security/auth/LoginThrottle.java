package io.rebound.edge.security.auth;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.config.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lockout with backoff per username (known or not, so the answer does not reveal which exist):
 * after {@code max-failures} consecutive failures the name is locked for {@code lockout}, doubling
 * with each further failure up to {@code max-lockout}; a success clears it. Kept in memory: a
 * restart clears lockouts (the audit log keeps every failure).
 */
@ApplicationScoped
public class LoginThrottle {
  private record State(int failures, Instant lockedUntil) {}

  private final SecurityConfig.Login config;
  private final Clock clock;
  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

  LoginThrottle(EdgeConfig config, Clock clock) {
    this.config = config.security().login();
    this.clock = clock;
  }

  /** Until when {@code username} is locked, if it is now. */
  public Optional<Instant> lockedUntil(String username) {
    State s = states.get(username);
    Instant now = clock.instant();
    return s == null || !s.lockedUntil().isAfter(now)
        ? Optional.empty()
        : Optional.of(s.lockedUntil());
  }

  /** Records a failure; returns the lock end if this failure locks the name. */
  public Optional<Instant> failed(String username) {
    State next =
        states.compute(
            username,
            (name, s) -> {
              int failures = s == null ? 1 : s.failures() + 1;
              int over = failures - config.maxFailures();
              if (over < 0) {
                return new State(failures, Instant.MIN);
              }
              Duration lock = config.lockout().multipliedBy(1L << Math.min(over, 20));
              if (lock.compareTo(config.maxLockout()) > 0) {
                lock = config.maxLockout();
              }
              return new State(failures, clock.instant().plus(lock));
            });
    return next.lockedUntil().equals(Instant.MIN)
        ? Optional.empty()
        : Optional.of(next.lockedUntil());
  }

  /** A successful login clears the name's failures. */
  public void succeeded(String username) {
    states.remove(username);
  }
}
