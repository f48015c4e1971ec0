package io.rebound.edge.mqtt;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.LateBrokerProfile;
import io.rebound.edge.sync.testing.Outbox;
import io.rebound.edge.sync.testing.Pos;
import io.rebound.testing.MosquittoBroker;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Offline-first: the agent starts and takes returns with no broker; it connects when one comes. */
@QuarkusTest
@TestProfile(LateBrokerProfile.class)
class StartsWithoutBrokerTest {
  @Inject ReadPool reads;
  @Inject MqttConnection connection;

  @Test
  void agent_started_without_a_broker_takes_returns_and_delivers_them_once_the_broker_appears() {
    given()
        .get("/api/v1/status")
        .then()
        .statusCode(200)
        .body("mode", equalTo("OFFLINE"))
        .body("connection", equalTo("CONNECTING"));
    given().get("/q/health/ready").then().statusCode(200);
    String returnId = Pos.acceptReturn();
    Outbox outbox = new Outbox(reads);
    assertThat(outbox.row(returnId).state()).isEqualTo("PENDING");

    MosquittoBroker broker = LateBrokerProfile.startBroker();
    try (FakeCentral central = FakeCentral.start(broker, true)) {
      assertThat(central).as("fake central acking on the late broker").isNotNull();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> outbox.row(returnId).state().equals("ACKED"));
      assertThat(connection.state()).isEqualTo(ConnectionState.CONNECTED);
      given().get("/api/v1/status").then().body("mode", equalTo("ONLINE"));
    }
  }
}
