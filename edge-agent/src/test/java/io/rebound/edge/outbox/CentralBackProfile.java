package io.rebound.edge.outbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.rebound.edge.sync.testing.BrokerResource;
import java.util.List;
import java.util.Map;

/**
 * An ack timeout far longer than the tests wait: a delivery within seconds can only come from the
 * resend on central's return. A long central timeout keeps a silently reconnecting instance
 * "reachable" throughout.
 */
public class CentralBackProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rebound.outbox.ack-timeout", "60s",
        "rebound.outbox.resend-max-backoff", "120s",
        "rebound.upstream.central-timeout", "10s",
        "rebound.mqtt.reconnect-initial-delay", "100ms",
        "rebound.mqtt.reconnect-max-delay", "500ms");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(BrokerResource.class));
  }
}
