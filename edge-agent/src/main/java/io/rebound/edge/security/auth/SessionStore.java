package io.rebound.edge.security.auth;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.protocols.ids.TerminalId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived sessions of signed-in people, in memory by the SHA-256 of their token (a restart
 * signs everyone out). A session belongs to the terminal it was opened on and is valid only
 * together with that terminal's token.
 */
@ApplicationScoped
public class SessionStore {
  /** Request header carrying a session token. */
  public static final String HEADER = "Rebound-Session";

  private record Session(byte[] hash, Staff staff, TerminalId terminal, Instant expiresAt) {}

  /** A new session: its token (shown once) and when it expires. */
  public record Opened(String token, Instant expiresAt) {}

  private final Clock clock;
  private final Duration ttl;
  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

  SessionStore(EdgeConfig config, Clock clock) {
    this.clock = clock;
    this.ttl = config.security().session().ttl();
  }

  public Opened open(Staff staff, TerminalId terminal) {
    String token = Tokens.mint(Tokens.SESSION_PREFIX);
    byte[] hash = Tokens.hash(token);
    Instant expires = clock.instant().plus(ttl);
    sessions.put(Tokens.key(hash), new Session(hash, staff, terminal, expires));
    return new Opened(token, expires);
  }

  /** Registers a fixed session that never expires (test/dev bootstrap only). */
  public void register(String token, Staff staff, TerminalId terminal) {
    byte[] hash = Tokens.hash(token);
    sessions.put(Tokens.key(hash), new Session(hash, staff, terminal, Instant.MAX));
  }

  /** The person of {@code token} if it is a live session of {@code terminal}. */
  public Optional<Staff> resolve(String token, TerminalId terminal) {
    byte[] hash = Tokens.hash(token);
    String key = Tokens.key(hash);
    Session s = sessions.get(key);
    if (s == null || !Tokens.same(s.hash(), hash) || !s.terminal().equals(terminal)) {
      return Optional.empty();
    }
    if (!s.expiresAt().isAfter(clock.instant())) {
      sessions.remove(key);
      return Optional.empty();
    }
    return Optional.of(s.staff());
  }

  /** Ends the session of {@code token}; false if there was none. */
  public boolean close(String token) {
    return sessions.remove(Tokens.key(Tokens.hash(token))) != null;
  }
}
