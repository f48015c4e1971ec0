package io.rebound.edge.requests;

import static io.rebound.edge.sync.testing.BrokerResource.broker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.returns.idempotency.Fingerprint;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.upstream.UpstreamStatus;
import io.rebound.protocols.requests.RefundAuthorizationRequest;
import io.rebound.protocols.requests.RefundDecision;
import io.rebound.protocols.requests.ReturnedSaleLine;
import io.rebound.protocols.returns.UpstreamMode;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ONLINE card refunds are decided with central over real MQTT 5 request/response (a fake central on
 * a real Mosquitto answers as told): APPROVED, no answer, UNAVAILABLE, DECLINED; and no request at
 * all when the store is not ONLINE.
 */
@QuarkusTest
@TestProfile(RequestsTestProfile.class)
class CardRefundViaCentralTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Inject MqttConnection connection;
  @Inject UpstreamStatus upstream;

  private FakeCentral central;

  @BeforeEach
  void centralOnline() {
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
    central = FakeCentral.start(broker(), true);
    await().atMost(WAIT).until(() -> upstream.mode() == UpstreamMode.ONLINE);
  }

  @AfterEach
  void centralGone() {
    central.close();
  }

  @Test
  void online_card_refund_approved_by_central_is_approved_at_the_counter() {
    String key = Bodies.newKey();
    String sale = Bodies.newSale();

    Bodies.post(key, Bodies.cardReturn(sale))
        .then()
        .statusCode(201)
        .body("refund.method", equalTo("CARD"))
        .body("refund.status", equalTo("APPROVED"))
        .body("decisions.rule", hasItem("policy.card.refund-via-central"));

    List<RefundAuthorizationRequest> asked = askedFor(sale);
    assertThat(asked).hasSize(1);
    RefundAuthorizationRequest request = asked.get(0);
    assertThat(request.requestKey())
        .isEqualTo(Fingerprint.ofCanonical(key.getBytes(StandardCharsets.UTF_8)));
    assertThat(request.storeId().value()).isEqualTo(connection.storeId().value());
    assertThat(request.paymentReference()).isEqualTo("ch_3PqR");
    assertThat(request.amount().amountText()).isEqualTo("99.98");
    assertThat(request.lines()).containsExactly(ReturnedSaleLine.of("line:7", 2));
  }

  @Test
  void no_answer_within_the_timeout_falls_back_to_a_deferred_refund() {
    central.requests().refundDecision(Optional.empty());
    String sale = Bodies.newSale();
    long started = System.nanoTime();

    Bodies.post(Bodies.newKey(), Bodies.cardReturn(sale))
        .then()
        .statusCode(201)
        .body("refund.status", equalTo("DEFERRED"))
        .body("decisions.rule", hasItem("policy.card.central-no-answer"));

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    assertThat(askedFor(sale)).hasSize(1);
  }

  @Test
  void central_unavailable_falls_back_to_a_deferred_refund_at_once() {
    central.requests().refundDecision(Optional.of(RefundDecision.UNAVAILABLE));

    Bodies.post(Bodies.newKey(), Bodies.cardReturn(Bodies.newSale()))
        .then()
        .statusCode(201)
        .body("refund.status", equalTo("DEFERRED"))
        .body("decisions.rule", hasItem("policy.card.central-no-answer"));
  }

  @Test
  void declined_by_central_is_a_422_with_its_sentence_and_the_key_stays_usable() {
    central.requests().refundDecision(Optional.of(RefundDecision.DECLINED));
    String key = Bodies.newKey();
    String body = Bodies.cardReturn(Bodies.newSale());

    Bodies.post(key, body)
        .then()
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("rule", equalTo("policy.sale-line.returned-at-another-store"))
        .body("detail", containsString("already returned at store other-store"));

    central.requests().refundDecision(Optional.of(RefundDecision.APPROVED));
    Bodies.post(key, body).then().statusCode(201).body("refund.status", equalTo("APPROVED"));
  }

  @Test
  void no_request_is_sent_when_the_store_is_not_online() {
    central.heartbeats(false);
    await().atMost(WAIT).until(() -> upstream.mode() == UpstreamMode.OFFLINE);
    String sale = Bodies.newSale();

    Bodies.post(Bodies.newKey(), Bodies.cardReturn(sale))
        .then()
        .statusCode(201)
        .body("refund.status", equalTo("DEFERRED"))
        .body("decisions.rule", hasItem("policy.card.deferred"))
        .body("decisions.rule", not(hasItem("policy.card.central-no-answer")));
    assertThat(askedFor(sale)).isEmpty();
  }

  private List<RefundAuthorizationRequest> askedFor(String sale) {
    return central.requests().refundRequests().stream()
        .filter(r -> r.saleId().equals(sale))
        .toList();
  }
}
