package io.rebound.edge.ui;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.rebound.edge.sync.testing.BrokerResource;
import java.util.List;
import java.util.Map;

/**
 * The manager's screen against a real Mosquitto (central played by a FakeCentral when a test needs
 * acks): short timings, an event counts as blocked after 2 unacknowledged sends, and the pending
 * stream refreshes every 500 ms.
 */
public class StoreUiProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rebound.outbox.ack-timeout", "1s",
        "rebound.outbox.resend-max-backoff", "2s",
        "rebound.status.heartbeat-interval", "500ms",
        "rebound.upstream.central-timeout", "2s",
        "rebound.mqtt.reconnect-initial-delay", "100ms",
        "rebound.mqtt.reconnect-max-delay", "500ms",
        "rebound.ui.blocked-after-attempts", "2",
        "rebound.ui.stream-heartbeat", "500ms",
        "rebound.ui.stream-min-interval", "100ms");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(BrokerResource.class));
  }
}
