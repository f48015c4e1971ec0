package io.rebound.installer.layout;

import java.nio.file.Path;

/**
 * Where everything lives, below an alternative root ({@code --root}, default {@code /}). Versions
 * are installed side by side under {@code /opt/rebound-agent/versions/<version>}; {@code current}
 * is a symlink to the active one.
 */
public record Layout(Path root) {

  public static final String UNIT_NAME = "rebound-agent.service";

  public Layout {
    root = root.toAbsolutePath().normalize();
  }

  /**
   * True when installing below an alternative root: no systemd, no users, the agent is a process.
   */
  public boolean alternativeRoot() {
    return !root.equals(Path.of("/"));
  }

  public Path optDir() {
    return root.resolve("opt/rebound-agent");
  }

  public Path versionsDir() {
    return optDir().resolve("versions");
  }

  public Path version(String version) {
    return versionsDir().resolve(version);
  }

  public Path current() {
    return optDir().resolve("current");
  }

  public Path launcher() {
    return current().resolve("bin/rebound-agent");
  }

  public Path upgradeState() {
    return optDir().resolve("upgrade.properties");
  }

  public Path configDir() {
    return root.resolve("etc/rebound");
  }

  public Path configFile() {
    return configDir().resolve("agent.properties");
  }

  public Path unitFile() {
    return root.resolve("etc/systemd/system").resolve(UNIT_NAME);
  }

  public Path defaultDataDir() {
    return root.resolve("var/lib/rebound");
  }

  public Path logDir() {
    return root.resolve("var/log/rebound");
  }

  /**
   * The agent's log when it runs as a plain process (alternative root); systemd logs to the
   * journal.
   */
  public Path agentLog() {
    return logDir().resolve("agent.log");
  }

  public Path pidFile() {
    return root.resolve("run/rebound-agent.pid");
  }

  public Path cliLink() {
    return root.resolve("usr/bin/rebound-agentctl");
  }
}
