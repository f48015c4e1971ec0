package io.rebound.edge.returns.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** Replaces the agent's clock with the test's {@link AdjustableClock}. */
public class AdjustableClockProfile implements QuarkusTestProfile {
  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(AdjustableClock.class);
  }
}
