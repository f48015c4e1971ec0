package io.rebound.central.payment;

import java.util.Optional;

/** A payment gateway that can refund a card tender. Implementations are thread-safe. */
public interface PaymentGateway {

  /** The configured kind, as in {@code rebound.payment.kind} ({@code stripe}, {@code sandbox}). */
  String kind();

  /** True when refunds never leave this process (the demo default); every record says so. */
  boolean sandbox();

  /**
   * Refunds {@code command} at most once, however often it is called with the same command.
   *
   * <p>Before sending, and again after any ambiguous outcome (timeout, connection lost, 5xx), the
   * implementation asks the gateway whether a refund for the return already exists and returns that
   * one instead of creating another. It reuses {@link RefundCommand#idempotencyKey()} on every
   * send.
   *
   * @return the gateway's answer: succeeded, still pending at the gateway, or declined
   * @throws GatewayUnavailableException the gateway could not be reached or answered 5xx/429; the
   *     outcome is unknown and the caller may retry later with the same command
   * @throws GatewayRejectedException the gateway refused the request itself (authentication,
   *     invalid request, idempotency-key reused with different parameters): retrying cannot help
   */
  RefundOutcome refund(RefundCommand command);

  /**
   * The gateway's current view of the refund for {@code command}'s return, if it has one.
   * Read-only. The outcome carries what the GATEWAY holds (its refund id and, when succeeded, its
   * amount), whatever amount the command asks for: reconciliation compares it with the return. A
   * decline that created no refund object (Stripe 402) may be empty.
   *
   * @throws GatewayUnavailableException as for {@link #refund(RefundCommand)}
   * @throws GatewayRejectedException as for {@link #refund(RefundCommand)}
   */
  Optional<RefundOutcome> find(RefundCommand command);
}
