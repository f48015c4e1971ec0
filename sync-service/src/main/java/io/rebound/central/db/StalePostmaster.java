package io.rebound.central.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL runs as its own process tree, so a {@code kill -9} of central leaves the
 * postmaster running and holding {@code postmaster.pid} in the data directory; the next start would
 * then fail. This finds such a leftover postmaster (the pid file names a live {@code postgres}
 * process) and stops it: SIGTERM first (PostgreSQL's smart shutdown, which completes at once since
 * its only client, the killed JVM, is gone), SIGKILL if it does not exit in time (PostgreSQL then
 * runs crash recovery from its WAL on the next start, losing nothing committed).
 */
final class StalePostmaster {
  private static final Logger LOG = Logger.getLogger(StalePostmaster.class);
  private static final Duration GRACE = Duration.ofSeconds(20);

  private StalePostmaster() {}

  /** Stops a postmaster left running on {@code dataDir}; returns whether there was one. */
  static boolean reclaim(Path dataDir) {
    Optional<ProcessHandle> leftover = find(dataDir);
    if (leftover.isEmpty()) {
      return false;
    }
    ProcessHandle process = leftover.get();
    LOG.warnf(
        "embedded PostgreSQL from a previous run (pid %d) still owns %s: stopping it",
        process.pid(), dataDir);
    process.destroy();
    if (!awaitExit(process)) {
      LOG.warnf("postmaster %d ignored SIGTERM for %s: killing it", process.pid(), GRACE);
      process.destroyForcibly();
      if (!awaitExit(process)) {
        throw new DatabaseException(
            "cannot stop the stale postmaster " + process.pid() + " of " + dataDir, null);
      }
    }
    return true;
  }

  static Optional<ProcessHandle> find(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    long pid;
    try {
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      pid = Long.parseLong(lines.get(0).trim());
    } catch (IOException | NumberFormatException e) {
      LOG.warnf("unreadable %s (%s): leaving it to PostgreSQL", pidFile, e.getMessage());
      return Optional.empty();
    }
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres);
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
  }

  private static boolean awaitExit(ProcessHandle process) {
    try {
      process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
