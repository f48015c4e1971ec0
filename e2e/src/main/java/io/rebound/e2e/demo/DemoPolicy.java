package io.rebound.e2e.demo;

import io.rebound.e2e.harness.HarnessException;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.OpsClient;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.awaitility.Awaitility;

/**
 * The demo store's policy, set at central like an operator would ({@code PUT
 * /api/v1/stores/{id}/policy}): PRODUCT.md's limits, the machine's time zone (the store screen
 * shows times in it) and a manager approval above 300.00, so the demo leaves one return waiting for
 * the manager in the store screen. Each run needs a higher version: it is the current one plus one.
 */
final class DemoPolicy {
  static final String APPROVAL_ABOVE = "300.00";

  private DemoPolicy() {}

  /** Puts the next policy version for {@code store}; returns that version. */
  static int put(OpsClient ops, String store) {
    String path = "/api/v1/stores/" + store + "/policy";
    HttpJson.Reply current = ops.get(path);
    int version = current.ok() ? current.json().path("policyVersion").asInt(0) + 1 : 1;
    HttpJson.Reply reply = ops.put(path, json(version));
    if (!reply.ok()) {
      throw new HarnessException(
          "central refused the demo policy: " + reply.status() + " " + reply.body());
    }
    return version;
  }

  /** Waits until the agent at {@code agent} has the policy {@code version} in force. */
  static void awaitInForce(URI agent, int version) {
    Awaitility.await("policy v" + version + " in force at the agent")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              HttpJson.Reply r = HttpJson.getAsTerminal(agent.resolve("/api/v1/status"));
              return r.ok() && r.json().path("policy").path("version").asInt(-1) >= version;
            });
  }

  private static String json(int version) {
    return "{\"policyVersion\":"
        + version
        + ",\"currency\":\"USD\",\"timeZone\":\""
        + ZoneId.systemDefault().getId()
        + "\",\"returnWindow\":{\"defaultDays\":30,\"byCategory\":{\"electronics\":14}},"
        + "\"returnableConditions\":[\"UNOPENED\",\"OPENED\",\"DEFECTIVE\"],"
        + "\"offline\":{\"maxDurationHours\":72,"
        + "\"cashPerReturnCap\":{\"amount\":\"200.00\",\"currency\":\"USD\"},"
        + "\"cashPerStorePerDayCap\":{\"amount\":\"1000.00\",\"currency\":\"USD\"}},"
        + "\"noReceipt\":{\"offlineStoreCreditCap\":{\"amount\":\"50.00\",\"currency\":\"USD\"},"
        + "\"perCustomerPerDay\":1},"
        + "\"managerApproval\":{\"returnTotalAbove\":{\"amount\":\""
        + APPROVAL_ABOVE
        + "\",\"currency\":\"USD\"}}}";
  }
}
