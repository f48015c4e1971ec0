package io.rebound.central.payment.sandbox;

import io.rebound.central.db.Database;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.PaymentGatewayContract;
import io.rebound.central.payment.RefundCommand;
import io.rebound.protocols.money.Money;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox honours the gateway contract against central's embedded PostgreSQL. */
class SandboxPaymentGatewayContractTest extends PaymentGatewayContract {
  @TempDir static Path dataDir;
  private static Database database;
  private static SandboxPaymentGateway gateway;

  @BeforeAll
  static void start() {
    database = SandboxDatabases.start(dataDir);
    gateway = new SandboxPaymentGateway(database);
  }

  @AfterAll
  static void stop() {
    database.stop();
  }

  @Override
  protected PaymentGateway gateway() {
    return gateway;
  }

  @Override
  protected String refundableReference(Money amount) {
    return "ch_sale_" + UUID.randomUUID().toString().replace("-", "");
  }

  @Override
  protected String decliningReference(Money amount) {
    return "ch_decline_" + UUID.randomUUID().toString().replace("-", "");
  }

  @Override
  protected long refundsAtGateway(RefundCommand command) {
    return SandboxDatabases.rows(database, command, SandboxRefundStatus.SUCCEEDED);
  }
}
