package io.rebound.central.payment.stripe.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's account: charges, refunds and remembered idempotency keys. One lock: requests
 * with the same key are serialized, as Stripe does, so the second sees the first's stored answer.
 */
final class SimLedger {
  private final List<SimCharge> charges = new ArrayList<>();
  private final List<SimRefund> refunds = new ArrayList<>();
  private final Map<String, Stored> idempotent = new HashMap<>();
  private long seq;

  private record Stored(Map<String, String> params, SimResponse response) {}

  synchronized SimCharge seed(long amount, String currency, long refunded, SimCharge.Behaviour b) {
    seq++;
    SimCharge charge =
        new SimCharge("ch_sim_" + seq, "pi_sim_" + seq, amount, currency, refunded, b);
    charges.add(charge);
    return charge;
  }

  synchronized SimResponse create(Map<String, String> params, String idempotencyKey) {
    Map<String, String> sorted = new TreeMap<>(params);
    if (idempotencyKey != null) {
      Stored stored = idempotent.get(idempotencyKey);
      if (stored != null) {
        if (stored.params().equals(sorted)) {
          return stored.response().asReplay();
        }
        return SimResponse.error(
            400,
            "idempotency_error",
            null,
            null,
            "Keys for idempotent requests can only be used with the same parameters they were"
                + " first used with. Try using a key other than '"
                + idempotencyKey
                + "' if you meant to execute a different request.");
      }
    }
    SimResponse response = execute(sorted);
    if (idempotencyKey != null) {
      idempotent.put(idempotencyKey, new Stored(sorted, response));
    }
    return response;
  }

  private SimResponse execute(Map<String, String> params) {
    String reference = params.getOrDefault("charge", params.get("payment_intent"));
    if (reference == null) {
      return SimResponse.error(
          400,
          "invalid_request_error",
          "parameter_missing",
          null,
          "One of the following params should be provided for this request: payment_intent or"
              + " charge.");
    }
    SimCharge charge = charge(reference);
    if (charge == null) {
      return SimResponse.error(
          400, "invalid_request_error", "resource_missing", null, "No such charge: " + reference);
    }
    if (charge.behaviour() == SimCharge.Behaviour.DECLINE) {
      return SimResponse.error(
          402, "card_error", "card_declined", "expired_card", "The refund was declined.");
    }
    long remaining = charge.amount() - charge.refunded();
    if (remaining <= 0) {
      return SimResponse.error(
          400,
          "invalid_request_error",
          "charge_already_refunded",
          null,
          "Charge " + charge.chargeId() + " has already been refunded.");
    }
    long amount;
    try {
      amount = params.containsKey("amount") ? Long.parseLong(params.get("amount")) : remaining;
    } catch (NumberFormatException e) {
      return SimResponse.error(
          400, "invalid_request_error", "parameter_invalid_integer", null, "Invalid integer");
    }
    if (amount <= 0 || amount > remaining) {
      return SimResponse.error(
          400,
          "invalid_request_error",
          "amount_too_large",
          null,
          "Refund amount (" + amount + ") is greater than unrefunded amount (" + remaining + ")");
    }
    String status =
        switch (charge.behaviour()) {
          case PENDING -> "pending";
          case FAIL -> "failed";
          default -> "succeeded";
        };
    if (!"failed".equals(status)) {
      charge.addRefunded(amount);
    }
    seq++;
    SimRefund refund =
        new SimRefund(
            seq, "re_sim_" + seq, charge, amount, status, metadata(params), 1_700_000_000L + seq);
    refunds.add(refund);
    return SimResponse.ok(refund.json());
  }

  synchronized SimResponse retrieve(String id) {
    return refunds.stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .map(r -> SimResponse.ok(r.json()))
        .orElseGet(
            () ->
                SimResponse.error(
                    404, "invalid_request_error", "resource_missing", null, "No such refund"));
  }

  synchronized SimResponse list(Map<String, String> query) {
    String reference = query.getOrDefault("charge", query.get("payment_intent"));
    int limit;
    try {
      limit = Integer.parseInt(query.getOrDefault("limit", "10"));
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > 100) {
      return SimResponse.error(
          400, "invalid_request_error", "parameter_invalid_integer", null, "limit: 1..100");
    }
    List<SimRefund> all =
        refunds.stream()
            .filter(r -> reference == null || r.charge().matches(reference))
            .sorted(Comparator.comparingLong(SimRefund::seq).reversed())
            .toList();
    int from = 0;
    String after = query.get("starting_after");
    if (after != null) {
      from = -1;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).id().equals(after)) {
          from = i + 1;
        }
      }
      if (from < 0) {
        return SimResponse.error(
            400, "invalid_request_error", "resource_missing", null, "No such refund: " + after);
      }
    }
    List<SimRefund> page = all.subList(from, Math.min(all.size(), from + limit));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("object", "list");
    body.put("data", page.stream().map(SimRefund::json).toList());
    body.put("has_more", from + page.size() < all.size());
    body.put("url", "/v1/refunds");
    return SimResponse.ok(body);
  }

  synchronized long refundsCreated() {
    return refunds.size();
  }

  synchronized List<String> refundedReturns() {
    return refunds.stream().map(r -> r.metadata().getOrDefault("rebound_return_id", "")).toList();
  }

  synchronized List<SimRefund> refundsOf(String reference) {
    return refunds.stream().filter(r -> r.charge().matches(reference)).toList();
  }

  synchronized void settle(String refundId) {
    for (int i = 0; i < refunds.size(); i++) {
      SimRefund r = refunds.get(i);
      if (r.id().equals(refundId)) {
        refunds.set(
            i,
            new SimRefund(
                r.seq(), r.id(), r.charge(), r.amount(), "succeeded", r.metadata(), r.created()));
      }
    }
  }

  private SimCharge charge(String reference) {
    return charges.stream().filter(c -> c.matches(reference)).findFirst().orElse(null);
  }

  private static Map<String, String> metadata(Map<String, String> params) {
    Map<String, String> metadata = new LinkedHashMap<>();
    params.forEach(
        (k, v) -> {
          if (k.startsWith("metadata[") && k.endsWith("]")) {
            metadata.put(k.substring("metadata[".length(), k.length() - 1), v);
          }
        });
    return metadata;
  }
}
