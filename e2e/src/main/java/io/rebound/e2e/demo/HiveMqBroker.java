package io.rebound.e2e.demo;

import com.hivemq.embedded.EmbeddedHiveMQ;
import io.rebound.e2e.harness.HarnessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An MQTT 5 broker that needs nothing installed: HiveMQ CE embedded, in this (plain Java) JVM, on
 * loopback. It cannot run inside a Quarkus JVM, which is why the demo hosts it.
 */
public final class HiveMqBroker implements AutoCloseable {
  private final EmbeddedHiveMQ hivemq;
  private final int port;

  private HiveMqBroker(EmbeddedHiveMQ hivemq, int port) {
    this.hivemq = hivemq;
    this.port = port;
  }

  /** Starts on {@code 127.0.0.1:port} with config, data and extensions under {@code dir}. */
  public static HiveMqBroker start(Path dir, int port) {
    try {
      Path conf = Files.createDirectories(dir.resolve("conf"));
      Files.writeString(conf.resolve("config.xml"), config(port));
      try (var logback = HiveMqBroker.class.getResourceAsStream("/rebound-e2e-logback.xml")) {
        Files.write(conf.resolve("logback.xml"), logback.readAllBytes());
      }
      EmbeddedHiveMQ hivemq =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(conf)
              .withDataFolder(Files.createDirectories(dir.resolve("data")))
              .withExtensionsFolder(Files.createDirectories(dir.resolve("extensions")))
              .build();
      hivemq.start().get(60, TimeUnit.SECONDS);
      return new HiveMqBroker(hivemq, port);
    } catch (IOException | ExecutionException | TimeoutException e) {
      throw new HarnessException("HiveMQ CE did not start on port " + port + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted while starting HiveMQ CE", e);
    }
  }

  private static String config(int port) {
    return """
        <?xml version="1.0"?>
        <hivemq>
          <listeners>
            <tcp-listener>
              <port>%d</port>
              <bind-address>127.0.0.1</bind-address>
            </tcp-listener>
          </listeners>
          <anonymous-usage-statistics>
            <enabled>false</enabled>
          </anonymous-usage-statistics>
        </hivemq>
        """
        .formatted(port);
  }

  public int port() {
    return port;
  }

  public String host() {
    return "127.0.0.1";
  }

  @Override
  public void close() {
    try {
      hivemq.stop().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new HarnessException("HiveMQ CE did not stop: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
