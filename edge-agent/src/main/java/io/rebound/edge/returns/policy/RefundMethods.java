package io.rebound.edge.returns.policy;

import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnRequest;
import java.util.Locale;

/** The refund method a customer asked for, and the refund status each method reaches at once. */
public final class RefundMethods {
  private RefundMethods() {}

  /** What the customer asked for, before any rule: the preference, resolved to a method. */
  public static RefundMethod requested(ReturnRequest request) {
    return switch (request.refundPreference()) {
      case STORE_CREDIT -> RefundMethod.STORE_CREDIT;
      case CASH -> RefundMethod.CASH;
      case ORIGINAL_TENDER ->
          request.receipted() ? originalTender(request) : RefundMethod.STORE_CREDIT;
    };
  }

  /** The method of the sale's first tender (a receipted request). */
  public static RefundMethod originalTender(ReturnRequest request) {
    return switch (request.originalSale().tenders().get(0).type()) {
      case CARD -> RefundMethod.CARD;
      case CASH -> RefundMethod.CASH;
      case GIFT_CARD -> RefundMethod.GIFT_CARD;
      case STORE_CREDIT -> RefundMethod.STORE_CREDIT;
    };
  }

  /**
   * Cash and store credit are handed over at the counter ({@code ISSUED}); card and gift card
   * refunds are completed by central ({@code DEFERRED}).
   */
  public static RefundStatus statusOf(RefundMethod method) {
    return switch (method) {
      case CASH, STORE_CREDIT -> RefundStatus.ISSUED;
      case CARD, GIFT_CARD -> RefundStatus.DEFERRED;
    };
  }

  /** {@code card}, {@code gift card}, ... for messages. */
  public static String describe(RefundMethod method) {
    return method.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
