package io.rebound.central.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.testing.MosquittoBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * Real parts for {@code @QuarkusTest}s: a Mosquitto broker and a PostgreSQL (zonky binaries, a
 * throw-away data directory), passed to central through its ordinary configuration keys.
 */
public class CentralTestResources implements QuarkusTestResourceLifecycleManager {
  private MosquittoBroker broker;
  private EmbeddedPostgres postgres;

  @Override
  public Map<String, String> start() {
    try {
      broker = MosquittoBroker.start();
      postgres = EmbeddedPostgres.builder().start();
      return Map.of(
          "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
          "quarkus.datasource.username", "postgres",
          "rebound.mqtt.host", broker.host(),
          "rebound.mqtt.port", Integer.toString(broker.port()),
          "rebound.mqtt.client-id", "central-test-" + UUID.randomUUID(),
          "rebound.data-dir", Files.createTempDirectory("central-test-").toString(),
          "rebound.stores.gap-warning-after", "1S");
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
