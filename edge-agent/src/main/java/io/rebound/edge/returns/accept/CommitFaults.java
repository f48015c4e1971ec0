package io.rebound.edge.returns.accept;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * TEST-ONLY fault injection ({@code rebound.fault.halt-after-commit-key}): halts the JVM right
 * after the accept transaction committed and before the POS gets its reply, to prove that a retry
 * with the same key replays the committed response.
 */
@ApplicationScoped
public class CommitFaults {
  private static final Logger LOG = Logger.getLogger(CommitFaults.class);
  static final int HALT_STATUS = 137;

  private final Optional<String> haltKey;

  public CommitFaults(EdgeConfig config) {
    this.haltKey = config.fault().haltAfterCommitKey();
    haltKey.ifPresent(
        k -> LOG.warnf("FAULT INJECTION armed: halting after the commit of Idempotency-Key %s", k));
  }

  void afterCommit(IdempotencyKey key) {
    if (haltKey.isPresent() && haltKey.get().equals(key.value())) {
      LOG.warnf("FAULT INJECTION: halting after commit of Idempotency-Key %s", key);
      Runtime.getRuntime().halt(HALT_STATUS);
    }
  }
}
