package io.rebound.edge.sync.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.testing.MosquittoBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real Mosquitto for the sync tests and points the agent at it, with a fresh data
 * directory. Tests reach the broker through {@link #broker()} to stop, kill and restart it.
 */
public class BrokerResource implements QuarkusTestResourceLifecycleManager {
  public static final String STORE_ID = "sync-test";
  private static volatile MosquittoBroker broker;

  public static MosquittoBroker broker() {
    return broker;
  }

  @Override
  public Map<String, String> start() {
    broker = MosquittoBroker.start();
    Path data;
    try {
      data = Files.createTempDirectory("edge-sync-test-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "rebound.store-id", STORE_ID,
        "rebound.data-dir", data.toString(),
        "rebound.mqtt.host", broker.host(),
        "rebound.mqtt.port", String.valueOf(broker.port()));
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.kill9();
    }
  }
}
