package io.rebound.edge.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.sync.testing.Pos;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A wrong password: CONNACK refused, state REFUSED, the agent keeps serving the POS. */
@QuarkusTest
@TestProfile(RefusedCredentialsTest.WrongPassword.class)
class RefusedCredentialsTest {

  /** store42 with a password the broker does not know. */
  public static class WrongPassword implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(
              SecuredBroker.class,
              Map.of("rebound.store-id", "store42", "rebound.mqtt.password", "not-the-password")));
    }
  }

  @Inject MqttConnection connection;

  @Test
  void bad_credentials_show_as_refused_and_the_store_keeps_accepting_returns() {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> connection.state() == ConnectionState.REFUSED);
    given().get("/api/v1/status").then().statusCode(200).body("connection", equalTo("REFUSED"));
    assertThat(Pos.acceptReturn()).isNotBlank();
    // still refused after further attempts (backoff 100–500 ms): never CONNECTED
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(3))
        .until(() -> connection.state() == ConnectionState.REFUSED);
  }
}
