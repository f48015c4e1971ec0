package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.PostResult;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.receipts.ReceiptClaims;
import io.rebound.protocols.receipts.ReceiptLine;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.RefundPreference;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.SaleChannel;
import io.rebound.protocols.returns.Tender;
import io.rebound.protocols.returns.TenderType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * Receipt tokens with real processes: central signs a sale, pushes its public keys to the store
 * when the store comes online, and the store, with the broker down, accepts a return carrying the
 * genuine token and refuses a forged one, an altered one and a return that does not match its
 * receipt, storing nothing for those.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReceiptTokenTest {
  private static final String STORE = "store-receipts";
  private static final String INVALID = "policy.receipt.token-invalid";
  private static final String FIELD = "originalSale.receiptToken";
  private static final String SKU = "SKU-RT-1";
  private static final String LINE = "L1";
  private static final Money PRICE = Money.of("45.00", "USD");
  private static final Money HIGHER_PRICE = Money.of("95.00", "USD");
  private static final int SOLD = 2;

  private final String saleId = "STORE-RT-" + Long.toString(System.currentTimeMillis(), 36);
  private final Instant soldAt =
      Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
  private final List<Tender> tenders =
      List.of(new Tender(TenderType.CASH, Money.of("90.00", "USD"), null));
  private Rig rig;

  @BeforeEach
  void start(TestInfo info) {
    rig = Rig.start(info);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void receipt_token_valid_accepted_offline_forged_and_altered_rejected() {
    Central central = rig.central("central-1");
    HttpJson.Reply signed = central.signReceipt(ProtocolJson.toJson(claims()));
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    String token = signed.json().path("token").asText();
    String kid = signed.json().path("kid").asText();
    assertThat(ReceiptTokenForgery.claims(token).path("saleId").asText()).isEqualTo(saleId);

    // the key exists before the store connects: central pushes it when the store comes online
    Agent agent = rig.agent(STORE);
    await("the store holds central's receipt key")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(() -> agent.statusJson().path("receiptKeys").path("count").asInt() > 0);
    assertThat(agent.db().strings("SELECT kid FROM receipt_keys")).containsExactly(kid);

    rig.broker.stop();
    UpstreamModes.awaitMode(agent, "OFFLINE", Duration.ofSeconds(10), System.nanoTime());

    assertRefused(
        agent
            .pos()
            .post(
                "rt-forged", returnOf(ReceiptTokenForgery.flipSignatureByte(token, 10), 1, PRICE)),
        "forged");
    String higherPriced =
        ReceiptTokenForgery.withAlteredClaims(
            token,
            c -> unitPriceOfFirstLine(c).put("amount", HIGHER_PRICE.amount().toPlainString()));
    assertThat(
            unitPriceOfFirstLine(ReceiptTokenForgery.claims(higherPriced)).path("amount").asText())
        .isEqualTo("95.00");
    assertRefused(
        agent.pos().post("rt-altered", returnOf(higherPriced, 1, HIGHER_PRICE)), "forged");
    assertRefused(agent.pos().post("rt-price", returnOf(token, 1, HIGHER_PRICE)), "altered");
    assertRefused(agent.pos().post("rt-quantity", returnOf(token, SOLD + 1, PRICE)), "altered");
    assertThat(agent.returns()).as("nothing stored for a refused token").isEmpty();

    AcceptedReturn valid =
        AcceptedReturn.of(agent.pos().post("rt-valid", returnOf(token, 1, PRICE)));
    assertThat(valid.mode()).isEqualTo("OFFLINE");
    assertThat(valid.status()).as(valid.body()).isEqualTo("ACCEPTED");
    assertThat(valid.refundStatus()).as(valid.body()).isEqualTo("ISSUED");
    assertThat(valid.effects()).as(valid.body()).containsEntry("policy.receipt.token", "ACCEPT");
    assertThat(valid.body()).contains(kid);

    List<JsonNode> stored = agent.returns();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).path("returnId").asText()).isEqualTo(valid.returnId().toString());
    assertThat(agent.db().count("returns")).isEqualTo(1);
    assertThat(agent.db().count("outbox")).isEqualTo(1);

    rig.broker.restart();
    await("the accepted return at central")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> rig.centralDb.notExactlyOnce(List.of(valid.returnId())).isEmpty());
    assertThat(rig.centralDb.sequences(STORE)).isEqualTo(Sequences.oneTo(1));
    assertThat(rig.centralDb.count("returns")).isEqualTo(1);
  }

  private void assertRefused(PostResult r, String verdict) {
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.isProblemJson()).as(r.contentType()).isTrue();
    JsonNode problem = r.json().orElseThrow();
    assertThat(problem.path("rule").asText()).as(r.body()).isEqualTo(INVALID);
    assertThat(problem.path("field").asText()).as(r.body()).isEqualTo(FIELD);
    assertThat(problem.path("detail").asText()).as(r.body()).contains("is " + verdict);
  }

  private static ObjectNode unitPriceOfFirstLine(ObjectNode claims) {
    return (ObjectNode) claims.path("lines").path(0).path("unitPrice");
  }

  /** The sale central signs: two units of one line, paid in cash, sold yesterday at this store. */
  private ReceiptClaims claims() {
    return ReceiptClaims.of(
        saleId,
        SaleChannel.STORE,
        soldAt,
        tenders,
        List.of(ReceiptLine.of(SKU, LINE, SOLD, PRICE)),
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        StoreId.of(STORE));
  }

  /** A cash return of {@code quantity} units of the sale's line at {@code unitPrice}. */
  private String returnOf(String token, int quantity, Money unitPrice) {
    return ProtocolJson.toJson(
        new ReturnRequest(
            TerminalId.of("POS-01"),
            OriginalSale.of(saleId, SaleChannel.STORE, soldAt, tenders, token),
            null,
            List.of(
                new ReturnLine(
                    SKU,
                    quantity,
                    unitPrice,
                    ReasonCode.DEFECTIVE,
                    ItemCondition.OPENED,
                    LINE,
                    null)),
            RefundPreference.ORIGINAL_TENDER));
  }
}
