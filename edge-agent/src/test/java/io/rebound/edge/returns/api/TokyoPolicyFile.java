package io.rebound.edge.returns.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.testing.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fresh data dir whose {@code policy.json} is a JPY store policy, version 7 (cash cap 20,000 per
 * return), found by the default lookup {@code <data-dir>/policy.json}; and a dead MQTT port.
 */
public class TokyoPolicyFile implements QuarkusTestResourceLifecycleManager {
  static final String POLICY =
      """
      {"policyVersion":7,"currency":"JPY","timeZone":"Asia/Tokyo",
       "returnWindow":{"defaultDays":30,"byCategory":{"electronics":14}},
       "returnableConditions":["UNOPENED","OPENED","DEFECTIVE"],
       "offline":{"maxDurationHours":72,"cashPerReturnCap":{"amount":"20000","currency":"JPY"},
                  "cashPerStorePerDayCap":{"amount":"100000","currency":"JPY"}},
       "noReceipt":{"offlineStoreCreditCap":{"amount":"5000","currency":"JPY"},
                    "perCustomerPerDay":1}}
      """;

  @Override
  public Map<String, String> start() {
    try {
      Path dir = Files.createTempDirectory("rebound-edge-policy-");
      Files.writeString(dir.resolve("policy.json"), POLICY);
      return Map.of(
          "rebound.data-dir", dir.toString(), "rebound.mqtt.port", String.valueOf(FreePort.find()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // left under java.io.tmpdir for post-mortem inspection
  }
}
