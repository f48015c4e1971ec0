package io.rebound.edge.sync.testing;

import io.rebound.testing.FreePort;
import io.rebound.testing.MosquittoBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A real Mosquitto whose ACL first forbids publishing events (MQTT 5 answers such a QoS 1 publish
 * with PUBACK reason code 135 NOT_AUTHORIZED) and can then be opened with a SIGHUP reload.
 */
public final class AclBroker implements AutoCloseable {
  private static final String DENY_EVENTS =
      String.join(
          "\n",
          "topic read rebound/v1/stores/+/events",
          "topic readwrite rebound/v1/stores/+/acks",
          "topic readwrite rebound/v1/stores/+/commands",
          "topic readwrite rebound/v1/stores/+/status",
          "topic readwrite rebound/v1/central/instances/+/status",
          "");
  private static final String ALLOW_ALL = "topic readwrite #\n";

  private final Path dir;
  private final int port;
  private final Process process;

  private AclBroker(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /** Starts with events forbidden. */
  public static AclBroker startDenyingEvents() {
    try {
      Path dir = Files.createTempDirectory("mosquitto-acl-");
      int port = FreePort.find();
      Files.writeString(dir.resolve("acl"), DENY_EVENTS);
      Files.writeString(
          dir.resolve("mosquitto.conf"),
          String.join(
              "\n",
              "user root",
              "listener " + port + " 127.0.0.1",
              "allow_anonymous true",
              "acl_file " + dir.resolve("acl"),
              "log_dest file " + dir.resolve("mosquitto.log"),
              ""));
      Process p =
          new ProcessBuilder(
                  List.of(
                      MosquittoBroker.BINARY.toString(),
                      "-c",
                      dir.resolve("mosquitto.conf").toString()))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("stdout.log").toFile())
              .start();
      AclBroker broker = new AclBroker(dir, port, p);
      Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(broker::listening);
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites the ACL to allow everything and makes Mosquitto reload it (SIGHUP). */
  public void allowEvents() {
    try {
      Files.writeString(dir.resolve("acl"), ALLOW_ALL);
      new ProcessBuilder("kill", "-HUP", String.valueOf(process.pid())).start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private boolean listening() {
    if (!process.isAlive()) {
      throw new IllegalStateException("mosquitto exited: see " + dir.resolve("stdout.log"));
    }
    try (Socket s = new Socket("127.0.0.1", port)) {
      return s.isConnected();
    } catch (IOException notYet) {
      return false;
    }
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
