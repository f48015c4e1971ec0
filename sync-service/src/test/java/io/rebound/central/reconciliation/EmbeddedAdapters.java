package io.rebound.central.reconciliation;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Test profile: the embedded defaults, sandbox gateway and journal ERP (not the scripted ones). */
public class EmbeddedAdapters implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("rebound.payment.kind", "sandbox", "rebound.erp.kind", "journal");
  }
}
