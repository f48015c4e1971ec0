package io.rebound.central.erp.tryton;

import io.rebound.central.config.TrytonConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The adapter's settings for a {@link TrytonServer}, with the defaults of the config group. */
record TestTrytonConfig(URI url, String password, Duration requestTimeout) implements TrytonConfig {
  static TestTrytonConfig of(TrytonServer server) {
    return new TestTrytonConfig(server.url(), TrytonServer.PASSWORD, Duration.ofSeconds(10));
  }

  @Override
  public String database() {
    return TrytonServer.DATABASE;
  }

  @Override
  public String user() {
    return "admin";
  }

  @Override
  public Optional<String> company() {
    return Optional.empty();
  }

  @Override
  public String walkInCustomer() {
    return "Walk-in Customer";
  }

  @Override
  public Map<String, String> warehouses() {
    return Map.of("store-1", "WH");
  }

  @Override
  public String scrapLocation() {
    return "Lost and Found";
  }

  @Override
  public String centralLocation() {
    return "CENTRAL";
  }

  @Override
  public String defaultSupplier() {
    return "Default Supplier";
  }
}
