package io.rebound.edge.returns.policy.source;

import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.returns.policy.PolicyEngine;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** CDI wiring of the policy: loaded and validated once, at startup (a bad file fails startup). */
@Singleton
public class PolicyBeans {
  private static final Logger LOG = Logger.getLogger(PolicyBeans.class);

  @Produces
  @Singleton
  PolicyEngine policyEngine(EdgeConfig config) {
    LoadedPolicy loaded = PolicyFile.resolve(config.policy().file(), config.dataDir());
    LOG.infof(
        "store policy v%d (%s, time zone %s) from %s",
        loaded.policy().policyVersion(),
        loaded.policy().currency(),
        loaded.policy().timeZone(),
        loaded.source());
    return new PolicyEngine(loaded.policy());
  }

  /** Loads the policy at startup rather than on the first return. */
  void loadAtStartup(@Observes StartupEvent event, PolicyEngine engine) {
    // injecting the engine creates it
  }
}
