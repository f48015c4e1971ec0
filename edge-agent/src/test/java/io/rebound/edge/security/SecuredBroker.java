package io.rebound.edge.security;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.testing.MosquittoBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A Mosquitto with the project's ACL ({@code docs/mosquitto/acl}) and a password file holding two
 * stores and central; the agent gets the broker's address and a fresh data directory, plus the init
 * args given by the test profile (store id, user name, password).
 */
public class SecuredBroker implements QuarkusTestResourceLifecycleManager {
  public static final String CENTRAL_USER = "rebound-central";
  public static final Map<String, String> USERS =
      Map.of("store42", "pw-42", "store43", "pw-43", CENTRAL_USER, "pw-central");

  /** Init arg: {@code "true"} for a TLS-only listener with a CA generated for the test. */
  public static final String TLS = "tls";

  private static volatile MosquittoBroker broker;
  private static volatile Path dataDir;
  private Map<String, String> args = Map.of();

  public static MosquittoBroker broker() {
    return broker;
  }

  public static Path dataDir() {
    return dataDir;
  }

  @Override
  public void init(Map<String, String> initArgs) {
    args = Map.copyOf(initArgs);
  }

  @Override
  public Map<String, String> start() {
    boolean tls = Boolean.parseBoolean(args.getOrDefault(TLS, "false"));
    broker = MosquittoBroker.startSecured(MosquittoBroker.projectAcl(), USERS, tls);
    try {
      dataDir = Files.createTempDirectory("edge-secured-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> config = new HashMap<>(args);
    config.remove(TLS);
    if (tls) {
      config.put("rebound.mqtt.tls.enabled", "true");
      config.put("rebound.mqtt.tls.ca-file", broker.caCertificate().toString());
    }
    config.put("rebound.data-dir", dataDir.toString());
    config.put("rebound.mqtt.host", broker.host());
    config.put("rebound.mqtt.port", String.valueOf(broker.port()));
    config.put("rebound.mqtt.reconnect-initial-delay", "100ms");
    config.put("rebound.mqtt.reconnect-max-delay", "500ms");
    config.put("rebound.outbox.ack-timeout", "1s");
    config.put("rebound.outbox.resend-max-backoff", "2s");
    return config;
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.close();
    }
  }
}
