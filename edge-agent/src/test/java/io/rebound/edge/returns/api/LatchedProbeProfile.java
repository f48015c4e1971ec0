package io.rebound.edge.returns.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** Enables {@link LatchedAcceptProbe} so a request can be held in flight deterministically. */
public class LatchedProbeProfile implements QuarkusTestProfile {
  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(LatchedAcceptProbe.class);
  }
}
