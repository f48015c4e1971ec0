package io.rebound.central.process;

import io.rebound.central.payment.GatewayRejectedException;
import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.protocols.ids.ReturnId;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment gateway a test scripts ({@code rebound.payment.kind=scripted} in the test profile). It
 * keeps the refunds it created per return, like a real gateway: {@link #refund} returns the
 * existing refund instead of creating a second one, {@link #find} reports it. A test scripts, per
 * return, what the next calls do, and can take the whole gateway down.
 */
@Singleton
@Identifier("scripted")
public class ScriptedGateway implements PaymentGateway {

  /** What one call does. */
  public enum Behaviour {
    SUCCEED,
    DECLINE,
    PENDING,
    UNAVAILABLE,
    REJECT,
    /** The refund is created, but the caller sees a timeout (an ambiguous outcome). */
    CREATE_THEN_UNAVAILABLE
  }

  /** One call as the gateway saw it. */
  public record Call(String operation, ReturnId returnId, String idempotencyKey) {}

  private final Map<ReturnId, Deque<Behaviour>> scripts = new ConcurrentHashMap<>();
  private final Map<ReturnId, RefundOutcome> refunds = new ConcurrentHashMap<>();
  private final Map<ReturnId, AtomicInteger> created = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicInteger ids = new AtomicInteger();

  @Override
  public String kind() {
    return "scripted";
  }

  @Override
  public boolean sandbox() {
    return true;
  }

  /** The next calls for {@code returnId} (refund or find) behave as given, in order. */
  public void script(ReturnId returnId, Behaviour... next) {
    scripts.computeIfAbsent(returnId, r -> new ArrayDeque<>()).addAll(List.of(next));
  }

  /** Every call fails with GatewayUnavailableException while down. */
  public void down(boolean isDown) {
    down.set(isDown);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> callsFor(ReturnId returnId) {
    return calls.stream().filter(c -> c.returnId().equals(returnId)).toList();
  }

  /** How many refunds the gateway created for the return (must never exceed 1). */
  public int refundsCreated(ReturnId returnId) {
    AtomicInteger n = created.get(returnId);
    return n == null ? 0 : n.get();
  }

  /** The returns refunded, in the order the refunds were created. */
  public List<ReturnId> refundOrder() {
    return calls.stream().filter(c -> c.operation().equals("created")).map(Call::returnId).toList();
  }

  @Override
  public synchronized RefundOutcome refund(RefundCommand command) {
    calls.add(new Call("refund", command.returnId(), command.idempotencyKey()));
    Behaviour b = next(command.returnId());
    RefundOutcome existing = refunds.get(command.returnId());
    if (existing != null && b != Behaviour.UNAVAILABLE && b != Behaviour.REJECT) {
      return existing;
    }
    return switch (b) {
      case SUCCEED -> create(command, new RefundOutcome.Succeeded(id(), command.amount()));
      case PENDING -> create(command, new RefundOutcome.Pending(id()));
      case DECLINE ->
          new RefundOutcome.Declined(null, "expired_card", "the card has expired (scripted)");
      case UNAVAILABLE ->
          throw new GatewayUnavailableException("scripted: gateway unavailable", null);
      case REJECT ->
          throw new GatewayRejectedException(400, "invalid_request", "scripted rejection");
      case CREATE_THEN_UNAVAILABLE -> {
        create(command, new RefundOutcome.Succeeded(id(), command.amount()));
        throw new GatewayUnavailableException(
            "scripted: timed out after creating the refund", null);
      }
    };
  }

  @Override
  public synchronized Optional<RefundOutcome> find(RefundCommand command) {
    calls.add(new Call("find", command.returnId(), command.idempotencyKey()));
    if (down.get()) {
      throw new GatewayUnavailableException("scripted: gateway down", null);
    }
    RefundOutcome existing = refunds.get(command.returnId());
    if (existing instanceof RefundOutcome.Pending p) {
      Behaviour b = next(command.returnId());
      if (b == Behaviour.SUCCEED) {
        RefundOutcome settled = new RefundOutcome.Succeeded(p.refundId(), command.amount());
        refunds.put(command.returnId(), settled);
        return Optional.of(settled);
      }
    }
    return Optional.ofNullable(existing);
  }

  private Behaviour next(ReturnId returnId) {
    if (down.get()) {
      return Behaviour.UNAVAILABLE;
    }
    Deque<Behaviour> script = scripts.get(returnId);
    Behaviour b = script == null ? null : script.pollFirst();
    return b == null ? Behaviour.SUCCEED : b;
  }

  private RefundOutcome create(RefundCommand command, RefundOutcome outcome) {
    refunds.put(command.returnId(), outcome);
    created.computeIfAbsent(command.returnId(), r -> new AtomicInteger()).incrementAndGet();
    calls.add(new Call("created", command.returnId(), command.idempotencyKey()));
    return outcome;
  }

  private String id() {
    return "re_scripted_" + ids.incrementAndGet();
  }
}
