package io.rebound.edge.security;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.rebound.testing.MosquittoBroker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.TrustManagerFactory;

/** An MQTT client logged in as central's user: sees every store's events, may publish acks. */
final class CentralClient implements AutoCloseable {
  private final Mqtt5BlockingClient client;
  private final List<Mqtt5Publish> events = new CopyOnWriteArrayList<>();

  /** Logs in over TLS when {@code tls}, trusting the broker's test CA. */
  CentralClient(MosquittoBroker broker, boolean tls) {
    var builder =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier("central-test-" + UUID.randomUUID())
            .serverHost(broker.host())
            .serverPort(broker.port());
    if (tls) {
      builder =
          builder
              .sslConfig()
              .trustManagerFactory(trusting(broker.caCertificate()))
              .applySslConfig();
    }
    client = builder.buildBlocking();
    client
        .connectWith()
        .simpleAuth()
        .username(SecuredBroker.CENTRAL_USER)
        .password(
            SecuredBroker.USERS.get(SecuredBroker.CENTRAL_USER).getBytes(StandardCharsets.UTF_8))
        .applySimpleAuth()
        .send();
    client
        .toAsync()
        .subscribeWith()
        .topicFilter("rebound/v1/stores/+/events")
        .qos(MqttQos.AT_LEAST_ONCE)
        .callback(events::add)
        .send()
        .join();
  }

  CentralClient(MosquittoBroker broker) {
    this(broker, false);
  }

  private static TrustManagerFactory trusting(Path caPem) {
    try (InputStream in = Files.newInputStream(caPem)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      store.setCertificateEntry(
          "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      return tmf;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Mqtt5Publish> events() {
    return List.copyOf(events);
  }

  void publish(String topic, byte[] payload) {
    client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
  }

  @Override
  public void close() {
    client.disconnect();
  }
}
