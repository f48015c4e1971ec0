package io.rebound.edge.config;

import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** TLS to the MQTT broker ({@code rebound.mqtt.tls.*}). */
public interface MqttTlsConfig {
  /** Connect with TLS (the project's broker config listens with TLS on 8883). */
  @WithDefault("false")
  boolean enabled();

  /**
   * PEM file of the CA certificate(s) that signed the broker's certificate. Absent: the JVM's
   * default trust store. The broker's host name is verified against its certificate.
   */
  Optional<Path> caFile();
}
