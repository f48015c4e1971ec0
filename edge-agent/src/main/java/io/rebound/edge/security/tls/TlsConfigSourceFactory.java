package io.rebound.edge.security.tls;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * When {@code rebound.http.tls.enabled=true}, makes Quarkus serve HTTPS only, with the agent's key
 * store {@code <rebound.data-dir>/tls/agent.p12}, generated (self-signed, keytool) if missing. Runs
 * while the configuration is built, i.e. before the HTTP server starts (a config source factory,
 * registered in META-INF/services). Keys set: {@code quarkus.http.ssl.certificate.
 * key-store-file|key-store-password}, {@code quarkus.http.insecure-requests=disabled}; the HTTPS
 * port is {@code quarkus.http.ssl-port} (8443 by default).
 */
public class TlsConfigSourceFactory implements ConfigSourceFactory {
  /**
   * Above application.properties (250), so these keys win; below env (300) and system properties.
   */
  static final int ORDINAL = 275;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (!"true".equalsIgnoreCase(value(context, "rebound.http.tls.enabled", "false"))) {
      return List.of();
    }
    Path dataDir = Path.of(value(context, "rebound.data-dir", "data/edge"));
    AgentKeyStore store =
        AgentKeyStore.ensure(
            dataDir.resolve("tls"),
            value(context, "rebound.store-id", "store-1"),
            value(context, "rebound.http.tls.host-names", "localhost"),
            Integer.parseInt(value(context, "rebound.http.tls.validity-days", "825")));
    return List.of(
        new PropertiesConfigSource(
            Map.of(
                "quarkus.http.ssl.certificate.key-store-file", store.file().toString(),
                "quarkus.http.ssl.certificate.key-store-password", store.password(),
                "quarkus.http.insecure-requests", "disabled"),
            "rebound-agent-tls",
            ORDINAL));
  }

  private static String value(ConfigSourceContext context, String key, String fallback) {
    ConfigValue v = context.getValue(key);
    return v == null || v.getValue() == null || v.getValue().isBlank() ? fallback : v.getValue();
  }
}
