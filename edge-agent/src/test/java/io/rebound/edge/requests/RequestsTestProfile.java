package io.rebound.edge.requests;

import io.rebound.edge.sync.testing.SyncTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * The sync tests' app (real Mosquitto, short timings) with small store-credit blocks (low water 5,
 * blocks of 10) and 1.5 s for central's refund authorization.
 */
public class RequestsTestProfile extends SyncTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> all = new HashMap<>(super.getConfigOverrides());
    all.put("rebound.refund.central-timeout", "1500ms");
    all.put("rebound.credit.low-water", "5");
    all.put("rebound.credit.block-size", "10");
    all.put("rebound.credit.retry-interval", "500ms");
    return all;
  }
}
