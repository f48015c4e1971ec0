package io.rebound.central.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/** The test broker's address, as configured for central by {@link CentralTestResources}. */
public final class TestBroker {
  private TestBroker() {}

  public static String host() {
    return ConfigProvider.getConfig().getValue("rebound.mqtt.host", String.class);
  }

  public static int port() {
    return ConfigProvider.getConfig().getValue("rebound.mqtt.port", Integer.class);
  }
}
