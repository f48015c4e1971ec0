package io.rebound.central.requests;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rebound.protocols.requests.RefundDecision;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counters of the request/response path: {@code rebound_refund_authorizations_total{decision}}
 * (answers sent, stored repeats included), {@code rebound_credit_blocks_granted_total} and {@code
 * rebound_credit_numbers_granted_total} (new blocks only), {@code rebound_requests_rejected_total}
 * (requests dropped unanswered: malformed, wrong store, no response topic).
 */
@Singleton
public class RequestMetrics {
  private final Map<RefundDecision, Counter> decisions = new EnumMap<>(RefundDecision.class);
  private final Counter blocks;
  private final Counter numbers;
  private final Counter rejected;

  @Inject
  public RequestMetrics(MeterRegistry registry) {
    for (RefundDecision d : RefundDecision.values()) {
      decisions.put(
          d,
          Counter.builder("rebound_refund_authorizations_total")
              .description("Refund authorization answers sent to stores, per decision")
              .tag("decision", d.name())
              .register(registry));
    }
    blocks =
        Counter.builder("rebound_credit_blocks_granted_total")
            .description("Blocks of store-credit numbers newly granted")
            .register(registry);
    numbers =
        Counter.builder("rebound_credit_numbers_granted_total")
            .description("Store-credit numbers in newly granted blocks")
            .register(registry);
    rejected =
        Counter.builder("rebound_requests_rejected_total")
            .description("Store requests dropped without an answer (malformed, wrong store)")
            .register(registry);
  }

  void answered(RefundDecision decision) {
    decisions.get(decision).increment();
  }

  void granted(long size) {
    blocks.increment();
    numbers.increment(size);
  }

  void rejected() {
    rejected.increment();
  }
}
