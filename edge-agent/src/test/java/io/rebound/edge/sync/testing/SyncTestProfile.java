package io.rebound.edge.sync.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * One app for all sync tests: a real broker, short ack timeout, heartbeat and central timeout (a
 * {@link FakeCentral} heartbeats every 250 ms).
 */
public class SyncTestProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rebound.outbox.ack-timeout", "2s",
        "rebound.outbox.resend-max-backoff", "4s",
        "rebound.status.heartbeat-interval", "500ms",
        "rebound.upstream.central-timeout", "2s",
        "rebound.mqtt.reconnect-initial-delay", "100ms",
        "rebound.mqtt.reconnect-max-delay", "500ms");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(BrokerResource.class));
  }
}
