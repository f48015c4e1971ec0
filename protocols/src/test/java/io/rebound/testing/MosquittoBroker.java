package io.rebound.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real Mosquitto (Debian package) in its own process on a loopback port, for tests. Persistence
 * is on, with Mosquitto's periodic snapshot, so {@link #kill9()} loses what was not yet saved —
 * exactly the failure the outbox must survive. Queues are unbounded so long backlogs are not
 * dropped by the broker.
 */
public final class MosquittoBroker implements AutoCloseable {
  public static final Path BINARY = Path.of("/usr/sbin/mosquitto");

  /** Where {@code mosquitto_passwd} lives (Debian package {@code mosquitto}). */
  public static final Path PASSWD = Path.of("/usr/bin/mosquitto_passwd");

  private final Path dir;
  private final int port;
  private final List<String> security;
  private Process process;

  private MosquittoBroker(Path dir, int port, List<String> security) {
    this.dir = dir;
    this.port = port;
    this.security = List.copyOf(security);
  }

  /**
   * Starts a broker that allows no anonymous client, knows exactly {@code users} (name → password,
   * written with {@code mosquitto_passwd}) and enforces {@code aclFile} — use {@link
   * #projectAcl()}, the ACL the project ships, not a copy.
   */
  public static MosquittoBroker startSecured(Path aclFile, Map<String, String> users) {
    return startSecured(aclFile, users, false);
  }

  /**
   * As {@link #startSecured(Path, Map)}; with {@code tls} the listener speaks TLS only, with a
   * certificate for 127.0.0.1/localhost signed by a throw-away CA generated now with openssl
   * ({@link #caCertificate()}).
   */
  public static MosquittoBroker startSecured(Path aclFile, Map<String, String> users, boolean tls) {
    try {
      Path dir = Files.createTempDirectory("mosquitto-secured-");
      Path passwords = dir.resolve("passwd");
      Files.createFile(passwords);
      for (Map.Entry<String, String> u : users.entrySet()) {
        run(PASSWD.toString(), "-b", passwords.toString(), u.getKey(), u.getValue());
      }
      List<String> lines = new java.util.ArrayList<>();
      if (tls) {
        lines.addAll(TestCertificates.create(dir));
      }
      lines.addAll(
          List.of(
              "allow_anonymous false",
              "password_file " + passwords,
              "acl_file " + aclFile.toAbsolutePath()));
      MosquittoBroker broker = new MosquittoBroker(dir, FreePort.find(), lines);
      requireBinary();
      broker.writeConfig();
      broker.startProcess();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The project's ACL, {@code docs/mosquitto/acl}, found from the working directory (a module
   * directory when Maven runs tests) upwards.
   */
  public static Path projectAcl() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path acl = d.resolve("docs/mosquitto/acl");
      if (Files.isRegularFile(acl)) {
        return acl;
      }
    }
    throw new IllegalStateException(
        "docs/mosquitto/acl not found above " + Path.of("").toAbsolutePath());
  }

  /** The PEM CA certificate of a TLS broker (see {@link #startSecured(Path, Map, boolean)}). */
  public Path caCertificate() {
    return dir.resolve(TestCertificates.CA_CERT);
  }

  static void run(String... command) throws IOException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command[0]) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void requireBinary() {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(
          BINARY
              + " is missing: run bin/test (it installs Debian's mosquitto) or apt-get install mosquitto");
    }
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
    requireBinary();
    MosquittoBroker broker = new MosquittoBroker(dir, port, List.of("allow_anonymous true"));
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
              String.join("\n", security),
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
