package io.rebound.central.security;

import io.rebound.central.config.CentralConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Beans of the security package that need configuration to be built. */
public class OpsSecurityBeans {

  @Produces
  @Singleton
  PasswordHasher passwordHasher(CentralConfig config) {
    return new PasswordHasher(config.ops().passwordIterations());
  }
}
