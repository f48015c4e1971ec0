package io.rebound.edge.returns.policy.source;

import io.rebound.protocols.policy.StorePolicy;
import java.util.Objects;

/** The policy in force and where it came from (a file path, or {@code built-in defaults}). */
public record LoadedPolicy(StorePolicy policy, String source) {
  public LoadedPolicy {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(source, "source");
  }
}
