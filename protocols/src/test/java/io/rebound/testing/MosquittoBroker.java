package io.rebound.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real Mosquitto (Debian package) in its own process on a loopback port, for tests. Persistence
 * is on, with Mosquitto's periodic snapshot, so {@link #kill9()} loses what was not yet saved —
 * exactly the failure the outbox must survive. Queues are unbounded so long backlogs are not
 * dropped by the broker.
 */
public final class MosquittoBroker implements AutoCloseable {
  public static final Path BINARY = Path.of("/usr/sbin/mosquitto");

  private final Path dir;
  private final int port;
  private Process process;

  private MosquittoBroker(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** Starts a broker on a free port with a fresh data directory. */
  public static MosquittoBroker start() {
    try {
      return start(Files.createTempDirectory("mosquitto-"), FreePort.find());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static MosquittoBroker start(Path dir, int port) {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(
          BINARY
              + " is missing: run bin/test (it installs Debian's mosquitto) or apt-get install mosquitto");
    }
    MosquittoBroker broker = new MosquittoBroker(dir, port);
    broker.writeConfig();
    broker.startProcess();
    return broker;
  }

  private void writeConfig() {
    try {
      Files.createDirectories(dir.resolve("data"));
      String conf =
          String.join(
              "\n",
              "user root",
              "listener " + port + " 127.0.0.1",
              "allow_anonymous true",
              "persistence true",
              "persistence_location " + dir.resolve("data") + "/",
              "autosave_interval 1800",
              "max_queued_messages 0",
              "max_queued_bytes 0",
              "max_inflight_messages 1000",
              "persistent_client_expiration 14d",
              "log_dest file " + dir.resolve("mosquitto.log"),
              "log_type error",
              "log_type warning",
              "log_type notice",
              "log_type information",
              "");
      Files.writeString(dir.resolve("mosquitto.conf"), conf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void startProcess() {
    try {
      process =
          new ProcessBuilder(
                  List.of(BINARY.toString(), "-c", dir.resolve("mosquitto.conf").toString()))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("stdout.log").toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("mosquitto exited: see " + dir.resolve("stdout.log"));
      }
      try {
        new Socket("127.0.0.1", port).close();
        return;
      } catch (IOException notYet) {
        pause();
      }
    }
    throw new IllegalStateException("mosquitto did not listen on " + port + " within 10 s");
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return port;
  }

  public String host() {
    return "127.0.0.1";
  }

  public Path directory() {
    return dir;
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: no snapshot is written, so messages held only in memory are lost. */
  public void kill9() {
    if (process != null) {
      process.destroyForcibly();
      waitFor();
    }
  }

  /** SIGTERM: Mosquitto saves its persistence file and exits. */
  public void stop() {
    if (process != null) {
      process.destroy();
      waitFor();
    }
  }

  /** Starts again on the same port and data directory. */
  public void restart() {
    if (isRunning()) {
      stop();
    }
    startProcess();
  }

  private void waitFor() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill9();
  }
}
