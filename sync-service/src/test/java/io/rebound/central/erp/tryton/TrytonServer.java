package io.rebound.central.erp.tryton;

import static org.awaitility.Awaitility.await;

import io.rebound.testing.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code trytond} (Debian's Tryton 6.0) on a free loopback port with a SQLite database.
 *
 * <p>The database is created and seeded ONCE per build ({@link TrytonSeed}) and cached as {@code
 * target/tryton/seed/rebound-<year>-v<N>.sqlite}; every server starts from a copy of it, and {@link
 * #reset()} stops it, copies the seeded file back and starts it again (~1 s). Without Tryton
 * installed the tests fail with a message naming {@code scripts/install-test-deps.sh}.
 */
public final class TrytonServer implements AutoCloseable {
  public static final String DATABASE = "rebound";
  public static final String PASSWORD = "admin123";
  private static final int SEED_VERSION = 1;
  private static final Path ROOT = Path.of("target", "tryton").toAbsolutePath();
  private static final Path TRYTOND = Path.of("/usr/bin/trytond");
  private static final Path TRYTOND_ADMIN = Path.of("/usr/bin/trytond-admin");

  private final Path dir;
  private final int port;
  private Process process;

  private TrytonServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** A server started from the seeded database (seeding it first if this build has none). */
  public static TrytonServer start() {
    Path seed = seeded();
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(ROOT), "run-");
      TrytonServer server = new TrytonServer(dir, FreePort.find());
      server.writeConfig();
      Files.copy(seed, server.databaseFile(), StandardCopyOption.REPLACE_EXISTING);
      server.launch();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Back to the seeded master data (also drops every session). */
  public void reset() {
    stop();
    try {
      Files.copy(seeded(), databaseFile(), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    launch();
  }

  /** Starts the stopped server again on the same port, keeping its data. */
  public void restart() {
    launch();
  }

  /** Freezes (SIGSTOP) or thaws (SIGCONT) trytond: it keeps its port but stops answering. */
  public void freeze(boolean frozen) {
    try {
      Process kill =
          new ProcessBuilder("kill", frozen ? "-STOP" : "-CONT", Long.toString(process.pid()))
              .inheritIO()
              .start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill " + (frozen ? "-STOP" : "-CONT") + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  private Path databaseFile() {
    return dir.resolve("db").resolve(DATABASE + ".sqlite");
  }

  private void writeConfig() throws IOException {
    Files.createDirectories(dir.resolve("db"));
    Files.createDirectories(dir.resolve("files"));
    Files.writeString(
        dir.resolve("trytond.conf"),
        String.join(
            "\n",
            "[database]",
            "uri = sqlite://",
            "path = " + dir.resolve("db"),
            "language = en",
            "[web]",
            "listen = 127.0.0.1:" + port,
            "[attachment]",
            "path = " + dir.resolve("files"),
            "[session]",
            "timeout = 3600",
            ""));
    Files.writeString(dir.resolve("admin.pass"), PASSWORD + "\n");
  }

  private void launch() {
    try {
      process =
          new ProcessBuilder(TRYTOND.toString(), "-c", dir.resolve("trytond.conf").toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("trytond.log").toFile()))
              .start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + TRYTOND + ": " + e.getMessage(), e);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new AssertionError(
                    "trytond exited: " + Files.readString(dir.resolve("trytond.log")));
              }
              HttpRequest ping =
                  HttpRequest.newBuilder(url())
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"id\":0,\"method\":\"common.server.version\",\"params\":[]}"))
                      .build();
              return http.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            });
  }

  /** The seeded database of this build, created on first use. */
  static synchronized Path seeded() {
    Path seed =
        ROOT.resolve("seed").resolve(DATABASE + "-" + Year.now() + "-v" + SEED_VERSION + ".sqlite");
    if (Files.exists(seed)) {
      return seed;
    }
    if (!Files.isExecutable(TRYTOND) || !Files.isExecutable(TRYTOND_ADMIN)) {
      throw new IllegalStateException(
          "Tryton is not installed ("
              + TRYTOND
              + " missing): run scripts/install-test-deps.sh (Debian tryton-server,"
              + " tryton-modules-account-invoice, tryton-modules-stock)");
    }
    try {
      Path work = Files.createTempDirectory(Files.createDirectories(ROOT), "seed-");
      TrytonServer server = new TrytonServer(work, FreePort.find());
      server.writeConfig();
      Files.createFile(server.databaseFile());
      ProcessBuilder admin =
          new ProcessBuilder(
                  List.of(
                      TRYTOND_ADMIN.toString(),
                      "-c",
                      work.resolve("trytond.conf").toString(),
                      "-d",
                      DATABASE,
                      "--email",
                      "admin@example.com",
                      "-u",
                      "account_invoice",
                      "stock",
                      "--activate-dependencies"))
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("admin.log").toFile());
      admin.environment().put("TRYTONPASSFILE", work.resolve("admin.pass").toString());
      Process running = admin.start();
      if (!running.waitFor(5, TimeUnit.MINUTES) || running.exitValue() != 0) {
        running.destroyForcibly();
        throw new IllegalStateException(
            "trytond-admin failed: " + Files.readString(work.resolve("admin.log")));
      }
      server.launch();
      try {
        TrytonSeed.seed(server.url(), DATABASE, PASSWORD);
      } finally {
        server.stop();
      }
      Files.createDirectories(seed.getParent());
      Path partial = seed.resolveSibling(seed.getFileName() + ".partial");
      Files.copy(server.databaseFile(), partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, seed, StandardCopyOption.ATOMIC_MOVE);
      return seed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
