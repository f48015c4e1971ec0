package io.rebound.installer.upgrade;

import io.rebound.installer.InstallerException;
import io.rebound.installer.cli.ExitCodes;
import io.rebound.installer.cli.RootOption;
import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.data.AgentDatabase;
import io.rebound.installer.install.Releases;
import io.rebound.installer.layout.Layout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code upgrade --package X}: online SQLite backup ({@code VACUUM INTO}), the new version
 * installed side by side, switch, start, readiness; not ready within {@code --health-timeout} →
 * automatic rollback to the previous version (and its backup when nothing was accepted since), exit
 * 6.
 */
@Command(
    name = "upgrade",
    description =
        "Upgrade to a new package; rolls back by itself when the new version is not healthy.")
public final class UpgradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RootOption rootOption;

  @Option(
      names = "--package",
      required = true,
      description = "rebound-agent-<version>.tar.gz or its directory.")
  Path pkg;

  @Option(
      names = "--health-timeout",
      defaultValue = "PT90S",
      description =
          "How long the new version has to become ready (ISO-8601, default ${DEFAULT-VALUE}).")
  Duration healthTimeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Layout layout = rootOption.layout();
    AgentConfig config = AgentConfig.load(layout.configFile());
    Releases releases = new Releases(layout, out);
    String previous =
        releases
            .currentVersion()
            .orElseThrow(
                () ->
                    new InstallerException(
                        "no current version under " + layout.optDir(),
                        "run 'rebound-agentctl install' first"));

    out.println("[1/4] installing the new version side by side");
    String next = releases.add(pkg.toAbsolutePath());
    if (next.equals(previous)) {
      out.println("already at " + next + "; nothing to upgrade");
      out.flush();
      return ExitCodes.OK;
    }

    out.println("[2/4] online backup of the database (VACUUM INTO)");
    Switchover switchover = new Switchover(layout, config, out);
    AgentDatabase db = switchover.database();
    Path backup =
        db.file()
            .resolveSibling("backups")
            .resolve("edge-" + previous + "-" + Instant.now().toEpochMilli() + ".db");
    db.backupTo(backup);
    UpgradeState state =
        new UpgradeState(previous, next, backup, AgentDatabase.at(backup).highestSequence());
    state.save(layout.upgradeState());
    out.println("  backup " + backup + " (outbox up to sequence " + state.backupSequence() + ")");

    out.println("[3/4] switching " + previous + " → " + next);
    if (switchover.switchTo(next, healthTimeout)) {
      out.println(
          "[4/4] upgraded to " + next + "; 'rebound-agentctl rollback' returns to " + previous);
      out.flush();
      return ExitCodes.OK;
    }
    out.println("[4/4] " + next + " is not healthy: automatic rollback");
    if (!switchover.rollBack(state, healthTimeout)) {
      throw new InstallerException(
          "the rollback to " + previous + " did not become ready either",
          "see the agent's log; the backup is " + backup);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "error: version "
            + next
            + " did not become ready within "
            + healthTimeout.toSeconds()
            + " s; rolled back to "
            + previous
            + ", which is running");
    err.println(
        "next:  send 'rebound-agentctl support-bundle' to Rebound support before retrying the upgrade");
    err.flush();
    out.flush();
    return ExitCodes.ROLLED_BACK;
  }
}
