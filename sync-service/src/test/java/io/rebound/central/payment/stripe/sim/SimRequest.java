package io.rebound.central.payment.stripe.sim;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;

/** A request as the simulator received it, for assertions on the wire shape. */
public record SimRequest(
    String method,
    String path,
    String authorization,
    String stripeVersion,
    String contentType,
    String idempotencyKey,
    Map<String, String> params) {

  static SimRequest of(HttpExchange exchange, Map<String, String> params) {
    var headers = exchange.getRequestHeaders();
    return new SimRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(),
        headers.getFirst("Authorization"),
        headers.getFirst("Stripe-Version"),
        headers.getFirst("Content-Type"),
        headers.getFirst("Idempotency-Key"),
        Map.copyOf(params));
  }
}
