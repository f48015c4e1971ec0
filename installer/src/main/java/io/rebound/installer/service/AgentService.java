package io.rebound.installer.service;

import io.rebound.installer.layout.Layout;

/**
 * Starts and stops the agent: through systemd on a real root, as a plain background process below
 * an alternative root (so tests and dry runs never touch the machine's services).
 */
public interface AgentService {

  void start();

  /** Stops the agent and waits until it is gone; stopping a stopped agent is fine. */
  void stop();

  boolean running();

  /** Makes the agent start at boot (systemd only; a no-op below an alternative root). */
  void enable();

  /** Removes the boot start (systemd only). */
  void disable();

  static AgentService forLayout(Layout layout) {
    return layout.alternativeRoot() ? new ProcessAgent(layout) : new SystemdAgent();
  }
}
