package io.rebound.edge.returns.policy.source;

import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.policy.StorePolicy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * CDI wiring of the policy: the file (or built-in defaults) is loaded and validated once, at
 * startup (a bad file fails startup); the policy central pushed last takes precedence when its
 * version is newer. Central's later pushes swap it live ({@link ActivePolicy}).
 */
@Singleton
public class PolicyBeans {
  private static final Logger LOG = Logger.getLogger(PolicyBeans.class);

  @Produces
  @Singleton
  ActivePolicy activePolicy(EdgeConfig config, ReadPool reads) {
    return atStartup(config, reads);
  }

  /** The policy in force at startup: the file's, or central's stored one if newer. */
  public static ActivePolicy atStartup(EdgeConfig config, ReadPool reads) {
    LoadedPolicy loaded = PolicyFile.resolve(config.policy().file(), config.dataDir());
    LOG.infof(
        "store policy v%d (%s, time zone %s) from %s",
        loaded.policy().policyVersion(),
        loaded.policy().currency(),
        loaded.policy().timeZone(),
        loaded.source());
    ActivePolicy active = new ActivePolicy(loaded);
    Optional<StorePolicy> pushed = reads.read(CentralPolicyRows::load);
    pushed.ifPresent(p -> active.swapIfNewer(p, "central (stored)"));
    return active;
  }

  /** Loads the policy at startup rather than on the first return. */
  void loadAtStartup(@Observes StartupEvent event, ActivePolicy policy) {
    // injecting the policy creates it
  }
}
