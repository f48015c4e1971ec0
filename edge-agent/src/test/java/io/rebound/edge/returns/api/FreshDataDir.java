package io.rebound.edge.returns.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.testing.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fresh, empty {@code rebound.data-dir} for one test class, and an MQTT port nobody listens on:
 * the agent is offline-first, so these tests need no broker.
 */
public class FreshDataDir implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    try {
      Path dir = Files.createTempDirectory("rebound-edge-test-");
      return Map.of(
          "rebound.data-dir", dir.toString(), "rebound.mqtt.port", String.valueOf(FreePort.find()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // the temp dir is left for post-mortem inspection; it lives under java.io.tmpdir
  }
}
