package io.rebound.edge.sync.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.rebound.testing.FreePort;
import io.rebound.testing.MosquittoBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The agent starts while no broker listens on its configured port; the test starts the broker later
 * with {@link #startBroker()}.
 */
public class LateBrokerProfile implements QuarkusTestProfile {
  private static volatile int port;
  private static volatile Path brokerDir;
  private static volatile MosquittoBroker broker;

  /** Starts Mosquitto on the port the agent has been trying all along. */
  public static MosquittoBroker startBroker() {
    broker = MosquittoBroker.start(brokerDir, port);
    return broker;
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return new SyncTestProfile().getConfigOverrides();
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Resource.class));
  }

  /** Reserves a port and a data directory; starts no broker. */
  public static class Resource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      port = FreePort.find();
      try {
        brokerDir = Files.createTempDirectory("mosquitto-late-");
        return Map.of(
            "rebound.store-id",
            BrokerResource.STORE_ID,
            "rebound.data-dir",
            Files.createTempDirectory("edge-late-test-").toString(),
            "rebound.mqtt.host",
            "127.0.0.1",
            "rebound.mqtt.port",
            String.valueOf(port));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void stop() {
      if (broker != null) {
        broker.kill9();
      }
    }
  }
}
