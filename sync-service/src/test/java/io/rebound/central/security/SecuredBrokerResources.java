package io.rebound.central.security;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.testing.MosquittoBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * A Mosquitto with the project's ACL and password file (central's user and two stores) and a
 * PostgreSQL; central logs in as {@code rebound-central} and requires signatures (production).
 */
public class SecuredBrokerResources implements QuarkusTestResourceLifecycleManager {
  static final Map<String, String> USERS =
      Map.of("rebound-central", "pw-central", "store42", "pw-42", "store43", "pw-43");

  private MosquittoBroker broker;
  private EmbeddedPostgres postgres;

  @Override
  public Map<String, String> start() {
    try {
      broker = MosquittoBroker.startSecured(MosquittoBroker.projectAcl(), USERS);
      postgres = EmbeddedPostgres.builder().start();
      return Map.ofEntries(
          Map.entry("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres")),
          Map.entry("quarkus.datasource.username", "postgres"),
          Map.entry("rebound.mqtt.host", broker.host()),
          Map.entry("rebound.mqtt.port", Integer.toString(broker.port())),
          Map.entry("rebound.mqtt.client-id", "central-secured-" + UUID.randomUUID()),
          Map.entry("rebound.mqtt.username", "rebound-central"),
          Map.entry("rebound.mqtt.password", USERS.get("rebound-central")),
          Map.entry("rebound.security.require-signatures", "true"),
          Map.entry("rebound.data-dir", Files.createTempDirectory("central-secured-").toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.stop();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
