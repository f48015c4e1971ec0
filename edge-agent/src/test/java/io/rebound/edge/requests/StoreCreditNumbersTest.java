package io.rebound.edge.requests;

import static io.rebound.edge.sync.testing.BrokerResource.broker;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.credit.CreditRefill;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.FakeCentralRequests;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Store-credit numbers come from blocks a (fake) central grants over real MQTT 5: refilled when
 * fewer than the low water (5) remain, in blocks of 10; every issued number is unique and inside a
 * granted block, and the status endpoint shows what is left.
 */
@QuarkusTest
@TestProfile(RequestsTestProfile.class)
class StoreCreditNumbersTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Inject MqttConnection connection;
  @Inject CreditRefill refill;

  @Test
  void blocks_are_refilled_when_low_and_every_number_is_unique_and_inside_a_granted_block() {
    if (!broker().isRunning()) {
      broker().restart();
    }
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
    try (FakeCentral central = FakeCentral.start(broker(), true)) {
      refill.check();
      await().atMost(WAIT).until(() -> refill.remaining() >= 5);
      int blocksBefore = central.requests().grants().size();

      List<String> references = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        await().atMost(WAIT).until(() -> refill.remaining() >= 5);
        JsonPath created =
            Bodies.post(Bodies.newKey(), Bodies.storeCredit())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getString("refund.status")).isEqualTo("ISSUED");
        references.add(created.getString("refund.reference"));
      }

      assertThat(new HashSet<>(references)).hasSize(25);
      assertThat(central.requests().grants().size() - blocksBefore)
          .as("refills while posting")
          .isGreaterThanOrEqualTo(2);
      List<CreditBlockGrant> grants = FakeCentralRequests.allGrants();
      for (String reference : references) {
        assertThat(reference).matches("SC-\\d{10,}");
        long number = Long.parseLong(reference.substring(3));
        assertThat(grants)
            .as("%s lies in a granted block", reference)
            .anyMatch(g -> g.firstNumber() <= number && number <= g.lastNumber());
      }
      await().atMost(WAIT).until(() -> refill.remaining() >= 5);
      long remaining = refill.remaining();
      given()
          .get("/api/v1/status")
          .then()
          .statusCode(200)
          .body("storeCredit.remainingNumbers", org.hamcrest.Matchers.equalTo((int) remaining));
    }
  }
}
