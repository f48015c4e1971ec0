package io.rebound.e2e.harness;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every child process the harness started, so that a JVM shutdown (end of the test run, Ctrl-C in
 * the demo) never leaves orphans behind.
 */
final class ChildProcesses {
  private static final List<Process> CHILDREN = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::killAll, "e2e-child-reaper"));
  }

  private ChildProcesses() {}

  static void register(Process process) {
    CHILDREN.removeIf(p -> !p.isAlive());
    CHILDREN.add(process);
  }

  /** SIGTERM to every live child, then SIGKILL to those still running after 15 s. */
  static void killAll() {
    CHILDREN.forEach(Process::destroy);
    long deadline = System.nanoTime() + 15_000_000_000L;
    for (Process p : CHILDREN) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        if (!p.waitFor(left, java.util.concurrent.TimeUnit.NANOSECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }
}
