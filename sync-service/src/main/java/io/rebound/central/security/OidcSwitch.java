package io.rebound.central.security;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * OIDC is on exactly when {@code quarkus.oidc.auth-server-url} is set: unless {@code
 * quarkus.oidc.tenant-enabled} is set explicitly, it follows the presence of the URL. Without it
 * the OIDC extension stays on the classpath, contacts nothing and accepts no token.
 */
@Priority(Priorities.APPLICATION + 100)
public class OidcSwitch implements ConfigSourceInterceptor {
  private static final long serialVersionUID = 1L;
  static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";
  static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";

  @Override
  public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
    ConfigValue value = context.proceed(name);
    if (!TENANT_ENABLED.equals(name) || explicit(value)) {
      return value;
    }
    ConfigValue url = context.proceed(AUTH_SERVER_URL);
    boolean configured = url != null && url.getValue() != null && !url.getValue().isBlank();
    return ConfigValue.builder()
        .withName(TENANT_ENABLED)
        .withValue(Boolean.toString(configured))
        .withConfigSourceName("rebound OidcSwitch (follows " + AUTH_SERVER_URL + ")")
        .build();
  }

  /**
   * Set by a real source (properties file 250, environment 300, system properties 400, test
   * overrides); the extension's own default comes from a source of the lowest ordinal.
   */
  private static boolean explicit(ConfigValue value) {
    return value != null && value.getConfigSourceOrdinal() >= EXPLICIT_ORDINAL;
  }

  private static final int EXPLICIT_ORDINAL = 100;
}
