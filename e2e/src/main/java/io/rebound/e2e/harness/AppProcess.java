package io.rebound.e2e.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One packaged Quarkus app running as a real child JVM. Output is appended to {@link
 * AppConfig#logFile()} across restarts, each start preceded by a marker line. {@link #kill9()} is a
 * SIGKILL of the JVM; {@link #stop()} a SIGTERM with graceful shutdown.
 */
public final class AppProcess implements AutoCloseable {
  /** How long a start may take until {@code /q/health/ready} answers 200. */
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private AppConfig config;
  private Process process;
  private AppState state = AppState.NEW;
  private int starts;

  private AppProcess(AppConfig config) {
    this.config = config;
  }

  /** Starts the app and waits until it is ready. */
  public static AppProcess start(AppConfig config) {
    AppProcess app = new AppProcess(config);
    app.launch();
    app.awaitReady();
    return app;
  }

  /** Starts the app without waiting for readiness (e.g. when it is expected to halt). */
  public static AppProcess launchOnly(AppConfig config) {
    AppProcess app = new AppProcess(config);
    app.launch();
    return app;
  }

  public AppConfig config() {
    return config;
  }

  public synchronized AppState state() {
    refreshExited();
    return state;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + config.httpPort());
  }

  public long pid() {
    return process.pid();
  }

  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  private synchronized void launch() {
    state = state.moveTo(AppState.STARTING);
    starts++;
    try {
      Files.createDirectories(config.logFile().getParent());
      Files.writeString(
          config.logFile(),
          "=== e2e harness: start #"
              + starts
              + " of "
              + config.name()
              + " at "
              + Instant.now()
              + "\n=== "
              + String.join(" ", config.command())
              + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      process =
          new ProcessBuilder(config.command())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(config.logFile().toFile()))
              .start();
      ChildProcesses.register(process);
    } catch (IOException e) {
      state = AppState.EXITED;
      throw new HarnessException("cannot launch " + config.name() + ": " + e.getMessage(), e);
    }
  }

  /** Polls {@code /q/health/ready} until 200; fails fast with the log tail if the JVM exits. */
  public void awaitReady() {
    try {
      Awaitility.await(config.name() + " ready")
          .atMost(READY_TIMEOUT)
          .pollInterval(Duration.ofMillis(100))
          .pollInSameThread()
          .until(this::readyOrDead);
    } catch (ConditionTimeoutException e) {
      throw new AppNotReadyException(
          config.name() + " not ready within " + READY_TIMEOUT + "; log tail:\n" + logTail());
    }
    synchronized (this) {
      if (!process.isAlive()) {
        state = state.moveTo(AppState.EXITED);
        throw new AppNotReadyException(
            config.name() + " exited with " + process.exitValue() + "; log tail:\n" + logTail());
      }
      state = state.moveTo(AppState.READY);
    }
  }

  private boolean readyOrDead() {
    if (!process.isAlive()) {
      return true;
    }
    try {
      HttpResponse<Void> r =
          HTTP.send(
              HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted while waiting for " + config.name(), e);
    }
  }

  /** SIGKILL of the JVM, then waits until it is gone. */
  public synchronized void kill9() {
    if (isAlive()) {
      process.destroyForcibly();
      waitForExit(Duration.ofSeconds(30));
      state = state.moveTo(AppState.KILLED);
    }
  }

  /** SIGTERM (graceful shutdown); SIGKILL if it has not exited within 30 s. */
  public synchronized void stop() {
    if (isAlive()) {
      process.destroy();
      if (!waitForExit(Duration.ofSeconds(30))) {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
      }
      state = state.moveTo(AppState.STOPPED);
    }
  }

  /** Waits until the JVM ends on its own (e.g. a fault-injected halt). */
  public void awaitExit(Duration timeout) {
    if (!waitForExit(timeout)) {
      throw new HarnessException(config.name() + " still running after " + timeout);
    }
    refreshExited();
  }

  /** Stops it if running, then starts it again with the same configuration. */
  public void restart() {
    restart(config);
  }

  /** Stops it if running, then starts it again with {@code newConfig}. */
  public void restart(AppConfig newConfig) {
    stop();
    refreshExited();
    synchronized (this) {
      this.config = newConfig;
    }
    launch();
    awaitReady();
  }

  private boolean waitForExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted while waiting for " + config.name() + " to exit", e);
    }
  }

  private synchronized void refreshExited() {
    if (process != null && state.running() && !process.isAlive()) {
      state = state.moveTo(AppState.EXITED);
    }
  }

  /** The last lines of the log file, for failure messages. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(config.logFile(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Kills the JVM if it still runs. */
  @Override
  public void close() {
    kill9();
  }

  @Override
  public String toString() {
    return config.name() + "@" + config.httpPort() + " " + state();
  }
}
