package io.rebound.central.mqtt;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** The default MQTT client id: {@code rebound-central-<hostname>-<http port>}. */
final class ClientIds {
  private ClientIds() {}

  static String resolve(Optional<String> configured, int httpPort) {
    return configured
        .filter(id -> !id.isBlank())
        .orElseGet(() -> "rebound-central-" + hostname() + "-" + httpPort);
  }

  private static String hostname() {
    String name;
    try {
      name = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      name = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
    }
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "-");
    return safe.length() > 64 ? safe.substring(0, 64) : safe;
  }
}
