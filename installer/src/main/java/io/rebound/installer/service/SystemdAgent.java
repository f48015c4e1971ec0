package io.rebound.installer.service;

import io.rebound.installer.InstallerException;
import io.rebound.installer.layout.Layout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The agent as the systemd unit {@code rebound-agent.service}. */
final class SystemdAgent implements AgentService {

  @Override
  public void start() {
    systemctl("daemon-reload");
    systemctl("restart", Layout.UNIT_NAME);
  }

  @Override
  public void stop() {
    systemctl("stop", Layout.UNIT_NAME);
  }

  @Override
  public boolean running() {
    return run("is-active", "--quiet", Layout.UNIT_NAME) == 0;
  }

  @Override
  public void enable() {
    systemctl("enable", Layout.UNIT_NAME);
  }

  @Override
  public void disable() {
    run("disable", Layout.UNIT_NAME);
  }

  private static void systemctl(String... args) {
    int code = run(args);
    if (code != 0) {
      throw new InstallerException(
          "systemctl " + String.join(" ", args) + " failed (exit " + code + ")",
          "see 'journalctl -u rebound-agent -n 50' and 'systemctl status rebound-agent'");
    }
  }

  private static int run(String... args) {
    List<String> command = new ArrayList<>(List.of("systemctl"));
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new InstallerException(
          "cannot run systemctl: " + e.getMessage(),
          "on a machine without systemd use --root DIR to run the agent as a plain process",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallerException("interrupted while running systemctl", "run the command again");
    }
  }
}
