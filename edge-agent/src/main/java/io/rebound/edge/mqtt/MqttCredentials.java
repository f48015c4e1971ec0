package io.rebound.edge.mqtt;

import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.config.MqttTlsConfig;
import io.rebound.protocols.ids.StoreId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;

/** The agent's MQTT identity: user name, password (inline or from a file) and TLS trust. */
final class MqttCredentials {
  private MqttCredentials() {}

  /** The configured password: first line of the password file, else the inline value. */
  static Optional<byte[]> password(EdgeConfig.Mqtt mqtt) {
    if (mqtt.passwordFile().isPresent()) {
      Path file = mqtt.passwordFile().get();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        String first = (eol < 0 ? text : text.substring(0, eol)).stripTrailing();
        return Optional.of(first.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(
            "rebound.mqtt.password-file: cannot read " + file + " (rule: readable file)", e);
      }
    }
    return mqtt.password().map(p -> p.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Logs in with the user name (default: the store id) and password when a password or an explicit
   * user name is configured; otherwise connects anonymously (a development broker: Mosquitto
   * applies an ACL's top-level {@code topic} rules to anonymous clients only).
   */
  static Mqtt5ConnectBuilder withAuth(
      Mqtt5ConnectBuilder connect,
      EdgeConfig.Mqtt mqtt,
      String storeId,
      Optional<byte[]> password) {
    if (password.isEmpty() && mqtt.username().filter(u -> !u.isBlank()).isEmpty()) {
      return connect;
    }
    var auth =
        connect.simpleAuth().username(EdgeConfig.Mqtt.usernameFor(mqtt, StoreId.of(storeId)));
    password.ifPresent(auth::password);
    return auth.applySimpleAuth();
  }

  /** {@code builder} with TLS applied when {@code rebound.mqtt.tls.enabled}. */
  static MqttClientBuilder withTls(MqttClientBuilder builder, MqttTlsConfig tls) {
    if (!tls.enabled()) {
      return builder;
    }
    if (tls.caFile().isEmpty()) {
      return builder.sslWithDefaultConfig();
    }
    return builder.sslConfig().trustManagerFactory(trustOnly(tls.caFile().get())).applySslConfig();
  }

  private static TrustManagerFactory trustOnly(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + i++, cert);
      }
      if (i == 0) {
        throw new IllegalStateException(
            "rebound.mqtt.tls.ca-file: " + pem + " holds no certificate (rule: PEM certificates)");
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      return tmf;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "rebound.mqtt.tls.ca-file: cannot load " + pem + " (rule: PEM certificates)", e);
    }
  }

  /** The CONNACK reason when {@code cause} is the broker refusing the credentials. */
  static Optional<Mqtt5ConnAckReasonCode> refusal(Throwable cause) {
    if (cause instanceof Mqtt5ConnAckException e) {
      Mqtt5ConnAckReasonCode code = e.getMqttMessage().getReasonCode();
      if (code == Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD
          || code == Mqtt5ConnAckReasonCode.NOT_AUTHORIZED) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }
}
