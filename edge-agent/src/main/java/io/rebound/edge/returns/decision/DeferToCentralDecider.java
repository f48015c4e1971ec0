package io.rebound.edge.returns.decision;

import io.quarkus.arc.DefaultBean;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.UpstreamMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Accepts every valid return and defers the refund to central: the refund method follows the
 * customer's preference (original tender → the first tender's type; no receipt → store credit), the
 * amount is the request total, the refund status is {@code DEFERRED}. Replaced by the policy engine
 * (any other {@link ReturnDecider} bean wins over this default).
 */
@ApplicationScoped
@DefaultBean
public class DeferToCentralDecider implements ReturnDecider {
  public static final String RULE = "refund.deferred-to-central";

  @Override
  public Decided decide(ReturnRequest request, UpstreamMode mode) {
    RefundMethod method = refundMethod(request);
    Refund refund = new Refund(method, request.total(), RefundStatus.DEFERRED, null);
    Decision decision =
        new Decision(
            RULE,
            DecisionEffect.DEFER,
            "Return accepted; the "
                + method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " refund of "
                + request.total()
                + " will be completed by central (upstream "
                + mode
                + ").");
    return new Decided(ReturnStatus.ACCEPTED, refund, List.of(decision));
  }

  static RefundMethod refundMethod(ReturnRequest request) {
    return switch (request.refundPreference()) {
      case STORE_CREDIT -> RefundMethod.STORE_CREDIT;
      case CASH -> RefundMethod.CASH;
      case ORIGINAL_TENDER ->
          request.receipted()
              ? switch (request.originalSale().tenders().get(0).type()) {
                case CARD -> RefundMethod.CARD;
                case CASH -> RefundMethod.CASH;
                case GIFT_CARD -> RefundMethod.GIFT_CARD;
                case STORE_CREDIT -> RefundMethod.STORE_CREDIT;
              }
              : RefundMethod.STORE_CREDIT;
    };
  }
}
