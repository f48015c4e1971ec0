package io.rebound.central.mqtt;

import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import io.rebound.central.config.CentralConfig;
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

/** Central's broker login: user name and password (inline or file) and TLS trust. */
final class BrokerLogin {
  private BrokerLogin() {}

  static <P> Mqtt5ConnectBuilder.Send<P> withAuth(
      Mqtt5ConnectBuilder.Send<P> connect, CentralConfig.Mqtt config) {
    if (config.username().isEmpty()) {
      return connect;
    }
    var auth = connect.simpleAuth().username(config.username().get());
    password(config).ifPresent(auth::password);
    return auth.applySimpleAuth();
  }

  private static Optional<byte[]> password(CentralConfig.Mqtt config) {
    if (config.passwordFile().isPresent()) {
      Path file = config.passwordFile().get();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        return Optional.of(
            (eol < 0 ? text : text.substring(0, eol))
                .stripTrailing()
                .getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(
            "rebound.mqtt.password-file: cannot read " + file + " (rule: readable file)", e);
      }
    }
    return config.password().map(p -> p.getBytes(StandardCharsets.UTF_8));
  }

  static MqttClientBuilder withTls(MqttClientBuilder builder, CentralConfig.Mqtt config) {
    if (!config.tlsEnabled()) {
      return builder;
    }
    if (config.tlsCaFile().isEmpty()) {
      return builder.sslWithDefaultConfig();
    }
    Path pem = config.tlsCaFile().get();
    try (InputStream in = Files.newInputStream(pem)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + i++, cert);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      return builder.sslConfig().trustManagerFactory(tmf).applySslConfig();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "rebound.mqtt.tls-ca-file: cannot load " + pem + " (rule: PEM certificates)", e);
    }
  }
}
