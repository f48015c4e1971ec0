package io.rebound.central.payment.stripe;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.StripeConfig;
import io.rebound.central.payment.GatewayRejectedException;
import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@link PaymentGateway} over the Stripe Refunds API ({@code rebound.payment.kind=stripe}).
 *
 * <p>{@link #refund} first lists the charge's refunds and returns the one whose {@code
 * metadata.rebound_return_id} is the command's return; only if there is none does it {@code POST
 * /v1/refunds}, always with {@link RefundCommand#idempotencyKey()}. When the POST has no definite
 * answer (timeout, lost connection, 409, 429, 5xx) it lists again: a refund Stripe performed
 * despite the lost response is returned, otherwise {@link GatewayUnavailableException} says the
 * outcome is unknown and the same command may be sent again later. The API key is never logged.
 */
@ApplicationScoped
@Identifier("stripe")
public class StripePaymentGateway implements PaymentGateway {
  private static final Logger LOG = Logger.getLogger(StripePaymentGateway.class);

  private final StripeConfig config;
  private volatile StripeRefundsApi api;

  @Inject
  public StripePaymentGateway(CentralConfig config) {
    this(config.payment().stripe());
  }

  /** For tests and tools: a client of exactly these settings. */
  public StripePaymentGateway(StripeConfig config) {
    this.config = config;
  }

  @Override
  public String kind() {
    return "stripe";
  }

  @Override
  public boolean sandbox() {
    return false;
  }

  @Override
  public RefundOutcome refund(RefundCommand command) {
    Optional<StripeRefund> existing = lookup(command);
    existing.ifPresent(refund -> requireSameAmount(command, refund));
    if (existing.isPresent()) {
      LOG.infof(
          "stripe refund %s for return %s already exists (%s); not sending another",
          existing.get().id(), command.returnId(), existing.get().statusText());
      return existing.get().outcome();
    }
    CreateResult result;
    try {
      result = api().create(command);
    } catch (GatewayUnavailableException e) {
      return afterAmbiguousCreate(command, e);
    }
    if (result instanceof CreateResult.Created created) {
      return created(command, created);
    }
    RefundOutcome.Declined declined = ((CreateResult.Refused) result).error().declined();
    LOG.warnf(
        "stripe declined the refund of return %s: %s", command.returnId(), declined.message());
    return declined;
  }

  @Override
  public Optional<RefundOutcome> find(RefundCommand command) {
    return lookup(command).map(StripeRefund::outcome);
  }

  private RefundOutcome created(RefundCommand command, CreateResult.Created created) {
    StripeRefund refund = created.refund();
    if (created.replayed() && !(refund.outcome() instanceof RefundOutcome.Succeeded)) {
      // the replay is the first response as it was then; ask for the refund's current state
      refund = api().retrieve(refund.id());
    }
    LOG.infof(
        "stripe refund %s for return %s of store %s: %s %s%s",
        refund.id(),
        command.returnId(),
        command.storeId().value(),
        command.amount(),
        refund.statusText(),
        created.replayed() ? " (idempotent replay)" : "");
    return refund.outcome();
  }

  /**
   * A refund of this return for another amount means the command changed after a first attempt: as
   * Stripe does for a reused idempotency key, refuse rather than refund a second time.
   */
  private static void requireSameAmount(RefundCommand command, StripeRefund refund) {
    long wanted = command.amount().minorUnits();
    String currency = command.amount().currency().getCurrencyCode();
    if (refund.amountMinor() != wanted || !currency.equalsIgnoreCase(refund.currency())) {
      throw new GatewayRejectedException(
          0,
          "idempotency_error",
          "stripe refund "
              + refund.id()
              + " of return "
              + command.returnId()
              + " is "
              + refund.amountMinor()
              + " "
              + refund.currency()
              + " (minor units), not "
              + command.amount()
              + " (rule: same return, same amount)");
    }
  }

  private RefundOutcome afterAmbiguousCreate(
      RefundCommand command, GatewayUnavailableException failure) {
    Optional<StripeRefund> after;
    try {
      after = lookup(command);
    } catch (GatewayUnavailableException | GatewayRejectedException again) {
      failure.addSuppressed(again);
      throw failure;
    }
    if (after.isPresent()) {
      LOG.warnf(
          "stripe refund of return %s had no definite answer (%s) but refund %s exists: using it",
          command.returnId(), failure.getMessage(), after.get().id());
      return after.get().outcome();
    }
    LOG.warnf(
        "stripe refund of return %s: outcome unknown, no refund found (%s); retry with the same"
            + " idempotency key",
        command.returnId(), failure.getMessage());
    throw failure;
  }

  /**
   * The refund of the command's return among its charge's refunds (Stripe cannot search refunds by
   * metadata): a live one (succeeded, pending) if any, else the newest failed or canceled one.
   */
  private Optional<StripeRefund> lookup(RefundCommand command) {
    String returnId = command.returnId().toString();
    StripeRefund inactive = null;
    String startingAfter = null;
    while (true) {
      RefundPage page =
          api().list(command.paymentReference(), config.listPageSize(), startingAfter);
      for (StripeRefund refund : page.refunds()) {
        if (returnId.equals(refund.returnId())) {
          if (refund.live()) {
            return Optional.of(refund);
          }
          inactive = inactive == null ? refund : inactive;
        }
      }
      String next = page.last();
      if (!page.hasMore() || next == null || next.equals(startingAfter)) {
        return Optional.ofNullable(inactive);
      }
      startingAfter = next;
    }
  }

  private StripeRefundsApi api() {
    StripeRefundsApi current = api;
    if (current == null) {
      String key =
          config
              .apiKey()
              .filter(k -> !k.isBlank())
              .orElseThrow(
                  () ->
                      new GatewayRejectedException(
                          0,
                          "missing-api-key",
                          "rebound.payment.stripe.api-key: required when"
                              + " rebound.payment.kind=stripe (rule: required)"));
      current = new StripeRefundsApi(config, key);
      api = current;
    }
    return current;
  }
}
