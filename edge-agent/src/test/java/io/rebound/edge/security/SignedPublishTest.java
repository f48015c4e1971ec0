package io.rebound.edge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.sync.testing.Pos;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.security.MessageKey;
import io.rebound.protocols.security.MessageSignature;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * store42 with its own credentials publishes its events over TLS through the project's ACL; with a
 * message key installed (as central issued it) every event carries a signature central can verify.
 */
@QuarkusTest
@TestProfile(SignedPublishTest.OwnCredentials.class)
class SignedPublishTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** store42 with its real password, read from a password file, over TLS (test CA). */
  public static class OwnCredentials implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(
              SecuredBroker.class,
              Map.of(
                  "rebound.store-id",
                  "store42",
                  "rebound.mqtt.password-file",
                  passwordFile().toString(),
                  SecuredBroker.TLS,
                  "true")));
    }

    private static Path passwordFile() {
      try {
        Path file = Files.createTempFile("mqtt-password-", ".txt");
        Files.writeString(file, SecuredBroker.USERS.get("store42") + "\n");
        return file;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Inject MqttConnection connection;

  @Test
  void events_go_out_unsigned_without_a_key_and_signed_once_the_issued_key_is_installed()
      throws Exception {
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
    try (CentralClient central = new CentralClient(SecuredBroker.broker(), true)) {
      Pos.acceptReturn();
      Mqtt5Publish unsigned =
          await().atMost(WAIT).until(() -> last(central), Optional::isPresent).get();
      assertThat(property(unsigned, MessageSignature.SIGNATURE_PROPERTY)).isEmpty();

      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      MessageKey key = new MessageKey(StoreId.of("store42"), "k-test", secret);
      Files.writeString(
          SecuredBroker.dataDir().resolve("message-key.json"),
          "{\"storeId\":\"store42\",\"keyId\":\"k-test\",\"algorithm\":\"HMAC-SHA256\",\"secret\":\""
              + key.secretBase64Url()
              + "\"}");

      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                Pos.acceptReturn();
                Mqtt5Publish signed = last(central).orElseThrow();
                assertThat(property(signed, MessageSignature.KEY_ID_PROPERTY)).contains("k-test");
                assertThat(
                        MessageSignature.verify(
                            key,
                            signed.getPayloadAsBytes(),
                            property(signed, MessageSignature.SIGNATURE_PROPERTY).orElse(null)))
                    .isTrue();
              });
    }
  }

  private static Optional<Mqtt5Publish> last(CentralClient central) {
    List<Mqtt5Publish> events = central.events();
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
  }

  private static Optional<String> property(Mqtt5Publish p, String name) {
    return p.getUserProperties().asList().stream()
        .filter(u -> u.getName().toString().equals(name))
        .map(u -> u.getValue().toString())
        .findFirst();
  }
}
