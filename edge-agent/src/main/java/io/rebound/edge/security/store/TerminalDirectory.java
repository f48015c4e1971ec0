package io.rebound.edge.security.store;

import io.rebound.edge.security.audit.AuditEntry;
import io.rebound.edge.security.audit.AuditLog;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.security.auth.Tokens;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.ids.TerminalId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Terminal tokens: stored as SHA-256 in {@code terminals} (V8) and mirrored in memory, so that
 * authenticating a request costs one hash and no database read. The mirror changes only after the
 * commit of an issue or revoke.
 */
@ApplicationScoped
public class TerminalDirectory {
  private record Active(TerminalId terminal, byte[] hash) {}

  private final WriteLane lane;
  private final ReadPool reads;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<String, Active> byHash = new ConcurrentHashMap<>();
  private final Map<TerminalId, String> keyOf = new ConcurrentHashMap<>();

  TerminalDirectory(WriteLane lane, ReadPool reads, AuditLog audit, Clock clock) {
    this.lane = lane;
    this.reads = reads;
    this.audit = audit;
    this.clock = clock;
  }

  /** The terminal whose current token is {@code token}. */
  public Optional<TerminalId> authenticate(String token) {
    byte[] hash = Tokens.hash(token);
    Active a = byHash.get(Tokens.key(hash));
    return a != null && Tokens.same(a.hash(), hash) ? Optional.of(a.terminal()) : Optional.empty();
  }

  /** Loads the active tokens (at startup). */
  public void load() {
    reads.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT terminal_id, token_hash FROM terminals WHERE revoked_at IS NULL");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              remember(TerminalId.of(rs.getString(1)), rs.getBytes(2));
            }
          }
          return null;
        });
  }

  /** Stores {@code token} for {@code terminal} unless that terminal has a row already. */
  public void bootstrap(TerminalId terminal, String token) {
    byte[] hash = Tokens.hash(token);
    boolean inserted =
        await(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO terminals (terminal_id, token_hash, issued_at, issued_by)"
                          + " VALUES (?, ?, ?, 'bootstrap') ON CONFLICT DO NOTHING")) {
                ps.setString(1, terminal.value());
                ps.setBytes(2, hash);
                ps.setLong(3, clock.millis());
                return ps.executeUpdate() == 1;
              }
            },
            "bootstrap terminal " + terminal);
    if (inserted) {
      remember(terminal, hash);
    }
  }

  /** Issues a new token for {@code terminal} (replacing any other), audited; shown once. */
  public String issue(TerminalId terminal, Caller by) {
    String token = Tokens.mint(Tokens.TERMINAL_PREFIX);
    byte[] hash = Tokens.hash(token);
    await(
        audit.around(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO terminals (terminal_id, token_hash, issued_at, issued_by)"
                          + " VALUES (?, ?, ?, ?) ON CONFLICT (terminal_id) DO UPDATE SET"
                          + " token_hash = excluded.token_hash, issued_at = excluded.issued_at,"
                          + " issued_by = excluded.issued_by, revoked_at = NULL,"
                          + " revoked_by = NULL")) {
                ps.setString(1, terminal.value());
                ps.setBytes(2, hash);
                ps.setLong(3, clock.millis());
                ps.setString(4, actor(by));
                return ps.executeUpdate();
              }
            },
            n ->
                Optional.of(
                    AuditEntry.by(
                        by,
                        AuditAction.TERMINAL_ISSUED,
                        terminal.value(),
                        AuditResult.SUCCESS,
                        "token issued"))),
        "issue terminal " + terminal);
    forget(terminal);
    remember(terminal, hash);
    return token;
  }

  /** Revokes {@code terminal}'s token, audited; false if it had no active token. */
  public boolean revoke(TerminalId terminal, Caller by) {
    boolean revoked =
        await(
            audit.around(
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "UPDATE terminals SET revoked_at = ?, revoked_by = ?"
                              + " WHERE terminal_id = ? AND revoked_at IS NULL")) {
                    ps.setLong(1, clock.millis());
                    ps.setString(2, actor(by));
                    ps.setString(3, terminal.value());
                    return ps.executeUpdate() == 1;
                  }
                },
                done ->
                    done
                        ? Optional.of(
                            AuditEntry.by(
                                by,
                                AuditAction.TERMINAL_REVOKED,
                                terminal.value(),
                                AuditResult.SUCCESS,
                                "token revoked"))
                        : Optional.empty()),
            "revoke terminal " + terminal);
    if (revoked) {
      forget(terminal);
    }
    return revoked;
  }

  private static String actor(Caller by) {
    return by.staff().map(s -> s.username().value()).orElse(by.terminal().value());
  }

  private synchronized void remember(TerminalId terminal, byte[] hash) {
    String key = Tokens.key(hash);
    byHash.put(key, new Active(terminal, hash));
    keyOf.put(terminal, key);
  }

  private synchronized void forget(TerminalId terminal) {
    String key = keyOf.remove(terminal);
    if (key != null) {
      byHash.remove(key);
    }
  }

  private <T> T await(WriteTask<T> task, String what) {
    return Commits.await(lane, task, what);
  }
}
