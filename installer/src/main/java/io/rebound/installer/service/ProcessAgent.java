package io.rebound.installer.service;

import io.rebound.installer.InstallerException;
import io.rebound.installer.layout.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The agent as a plain process below an alternative root: pid file, output appended to a log file.
 */
final class ProcessAgent implements AgentService {
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);
  private final Layout layout;

  ProcessAgent(Layout layout) {
    this.layout = layout;
  }

  @Override
  public void start() {
    if (running()) {
      return;
    }
    try {
      Files.createDirectories(layout.logDir());
      Files.createDirectories(layout.pidFile().getParent());
      ProcessBuilder pb = new ProcessBuilder(layout.launcher().toString());
      pb.environment().put("REBOUND_CONFIG", layout.configFile().toString());
      pb.redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.agentLog().toFile()));
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process process = pb.start();
      Files.writeString(layout.pidFile(), Long.toString(process.pid()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InstallerException(
          "cannot start " + layout.launcher() + ": " + e.getMessage(),
          "check that the agent is installed (rebound-agentctl install) and see "
              + layout.agentLog(),
          e);
    }
  }

  @Override
  public void stop() {
    Optional<ProcessHandle> handle = handle();
    if (handle.isEmpty()) {
      return;
    }
    ProcessHandle process = handle.get();
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      // SIGTERM: the agent shuts down cleanly (closes SQLite, sends its OFFLINE status)
      process.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      process.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallerException("interrupted while stopping the agent", "run the command again");
    }
    try {
      Files.deleteIfExists(layout.pidFile());
    } catch (IOException e) {
      throw new InstallerException(
          "cannot remove " + layout.pidFile() + ": " + e.getMessage(), "remove it by hand", e);
    }
  }

  @Override
  public boolean running() {
    return handle().isPresent();
  }

  @Override
  public void enable() {
    // below an alternative root nothing starts at boot
  }

  @Override
  public void disable() {
    // below an alternative root nothing starts at boot
  }

  private Optional<ProcessHandle> handle() {
    try {
      long pid = Long.parseLong(Files.readString(layout.pidFile(), StandardCharsets.UTF_8).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (NoSuchFileException | NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InstallerException(
          "cannot read " + layout.pidFile() + ": " + e.getMessage(), "check its permissions", e);
    }
  }
}
