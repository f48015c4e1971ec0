package io.rebound.central.payment.sandbox;

import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.db.SqlFailure;
import io.rebound.central.payment.GatewayRejectedException;
import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.payment.RefundOutcome;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The embedded default gateway ({@code rebound.payment.kind=sandbox}): a refund settles at once in
 * central's PostgreSQL table {@code sandbox_refunds}, never at a real gateway. Idempotent by return
 * id across restarts and instances (the return id is UNIQUE; the insert is {@code ON CONFLICT DO
 * NOTHING}). Every row ({@code environment = 'SANDBOX'}, ids {@code re_sandbox_…}) and every log
 * line says SANDBOX. Declines follow {@link SandboxRules}.
 */
@ApplicationScoped
@Identifier("sandbox")
public class SandboxPaymentGateway implements PaymentGateway {
  private static final Logger LOG = Logger.getLogger(SandboxPaymentGateway.class);

  private final Database database;

  @Inject
  public SandboxPaymentGateway(Database database) {
    this.database = database;
  }

  @Override
  public String kind() {
    return "sandbox";
  }

  @Override
  public boolean sandbox() {
    return true;
  }

  @Override
  public RefundOutcome refund(RefundCommand command) {
    Optional<SandboxRules.Decline> decline = SandboxRules.decline(command);
    Recorded recorded;
    try {
      recorded =
          database.inTransaction(
              c -> {
                boolean inserted = SandboxRefunds.insertIfAbsent(c, command, decline);
                SandboxRefund row =
                    SandboxRefunds.find(c, command)
                        .orElseThrow(() -> new SQLException("sandbox refund vanished", "40001"));
                return new Recorded(row, inserted);
              });
    } catch (SQLException e) {
      throw failure(command, e);
    } catch (DatabaseException e) {
      throw new GatewayUnavailableException("SANDBOX: " + e.getMessage(), e);
    }
    SandboxRefund refund = recorded.refund();
    if (!refund.sameParameters(command)) {
      throw new GatewayRejectedException(
          400,
          "idempotency_error",
          "SANDBOX: idempotency key "
              + command.idempotencyKey()
              + " was first used for "
              + refund.amount()
              + " on "
              + refund.paymentReference()
              + " (rule: same key, same parameters)");
    }
    if (recorded.inserted()) {
      LOG.infof(
          "SANDBOX refund %s for return %s of store %s: %s %s%s",
          refund.refundId(),
          command.returnId(),
          command.storeId().value(),
          refund.amount(),
          refund.status(),
          refund.declineCode() == null ? "" : " (" + refund.declineCode() + ")");
    } else {
      LOG.infof(
          "SANDBOX refund %s for return %s already recorded (%s); nothing sent again",
          refund.refundId(), command.returnId(), refund.status());
    }
    return refund.outcome();
  }

  @Override
  public Optional<RefundOutcome> find(RefundCommand command) {
    try {
      return database.read(c -> SandboxRefunds.find(c, command)).map(SandboxRefund::outcome);
    } catch (DatabaseException e) {
      throw new GatewayUnavailableException("SANDBOX: " + e.getMessage(), e);
    }
  }

  private static RuntimeException failure(RefundCommand command, SQLException e) {
    if (SqlFailure.of(e) == SqlFailure.DATA) {
      return new GatewayRejectedException(
          400,
          "sandbox-storage",
          "SANDBOX: central's database refused the refund of return "
              + command.returnId()
              + ": "
              + e.getMessage());
    }
    return new GatewayUnavailableException(
        "SANDBOX: central database unavailable: " + e.getMessage(), e);
  }

  private record Recorded(SandboxRefund refund, boolean inserted) {}
}
