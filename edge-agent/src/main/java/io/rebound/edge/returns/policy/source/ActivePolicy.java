package io.rebound.edge.returns.policy.source;

import io.rebound.edge.returns.policy.PolicyEngine;
import io.rebound.protocols.policy.StorePolicy;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The policy in force, swappable live: a return is decided by the engine read once at its start,
 * and a newer policy (pushed by central) replaces the engine for the returns that follow. A policy
 * whose version is not above the one in force is ignored, so commands may arrive in any order and
 * any number of times.
 */
public final class ActivePolicy {
  private static final Logger LOG = Logger.getLogger(ActivePolicy.class);

  private final AtomicReference<Current> current;

  /** The engine and where its policy came from. */
  private record Current(PolicyEngine engine, String source) {}

  public ActivePolicy(LoadedPolicy initial) {
    this.current =
        new AtomicReference<>(new Current(new PolicyEngine(initial.policy()), initial.source()));
  }

  /** The engine to decide the next return with. */
  public PolicyEngine engine() {
    return current.get().engine();
  }

  /** The policy in force. */
  public StorePolicy policy() {
    return engine().policy();
  }

  /** Where the policy in force came from (a file, built-in defaults, or a central command). */
  public String source() {
    return current.get().source();
  }

  /** Puts {@code policy} in force if its version is newer; returns whether it did. */
  public boolean swapIfNewer(StorePolicy policy, String source) {
    Current next = new Current(new PolicyEngine(policy), source);
    Current before =
        current.getAndUpdate(
            c -> policy.policyVersion() > c.engine().policy().policyVersion() ? next : c);
    boolean swapped = policy.policyVersion() > before.engine().policy().policyVersion();
    if (swapped) {
      LOG.infof(
          "store policy v%d (%s, time zone %s) from %s now in force (was v%d)",
          policy.policyVersion(),
          policy.currency(),
          policy.timeZone(),
          source,
          before.engine().policy().policyVersion());
    }
    return swapped;
  }
}
