package io.rebound.edge.sync.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sync test timings against an {@link AclBroker} that first rejects every event. */
public class AclBrokerProfile implements QuarkusTestProfile {
  private static volatile AclBroker broker;

  public static AclBroker broker() {
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

  /** Starts the ACL broker and points the agent at it with a fresh data directory. */
  public static class Resource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      broker = AclBroker.startDenyingEvents();
      Map<String, String> config = new HashMap<>();
      try {
        config.put("rebound.data-dir", Files.createTempDirectory("edge-acl-test-").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      config.put("rebound.store-id", BrokerResource.STORE_ID);
      config.put("rebound.mqtt.host", broker.host());
      config.put("rebound.mqtt.port", String.valueOf(broker.port()));
      return config;
    }

    @Override
    public void stop() {
      if (broker != null) {
        broker.close();
      }
    }
  }
}
