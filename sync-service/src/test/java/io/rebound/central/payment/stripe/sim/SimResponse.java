package io.rebound.central.payment.stripe.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/** A simulator answer: status, JSON body, and whether it is an idempotent replay. */
record SimResponse(int status, Map<String, Object> body, boolean replayed) {

  static SimResponse ok(Map<String, Object> body) {
    return new SimResponse(200, body, false);
  }

  /** Stripe's error shape: {@code {"error":{"type","code","decline_code","message"}}}. */
  static SimResponse error(
      int status, String type, String code, String declineCode, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type);
    if (code != null) {
      error.put("code", code);
    }
    if (declineCode != null) {
      error.put("decline_code", declineCode);
    }
    error.put("message", message);
    return new SimResponse(status, Map.of("error", error), false);
  }

  SimResponse asReplay() {
    return new SimResponse(status, body, true);
  }
}
