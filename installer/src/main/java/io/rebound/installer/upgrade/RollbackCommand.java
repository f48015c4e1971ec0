package io.rebound.installer.upgrade;

import io.rebound.installer.InstallerException;
import io.rebound.installer.cli.ExitCodes;
import io.rebound.installer.cli.RootOption;
import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.install.Releases;
import io.rebound.installer.layout.Layout;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollback}: back to the version before the last upgrade (safe to re-run). */
@Command(name = "rollback", description = "Return to the version that ran before the last upgrade.")
public final class RollbackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RootOption rootOption;

  @Option(
      names = "--health-timeout",
      defaultValue = "PT90S",
      description = "How long the previous version has to become ready (default ${DEFAULT-VALUE}).")
  Duration healthTimeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Layout layout = rootOption.layout();
    AgentConfig config = AgentConfig.load(layout.configFile());
    UpgradeState state =
        UpgradeState.load(layout.upgradeState())
            .orElseThrow(
                () ->
                    new InstallerException(
                        "no upgrade to roll back (" + layout.upgradeState() + " is missing)",
                        "nothing to do; 'rebound-agentctl doctor' shows the running version's health"));
    if (new Releases(layout, out)
        .currentVersion()
        .filter(state.previousVersion()::equals)
        .isPresent()) {
      out.println("already at " + state.previousVersion() + "; nothing to roll back");
      out.flush();
      return ExitCodes.OK;
    }
    if (!new Switchover(layout, config, out).rollBack(state, healthTimeout)) {
      throw new InstallerException(
          state.previousVersion() + " did not become ready",
          "see the agent's log; the backup is " + state.backup());
    }
    out.println("rolled back to " + state.previousVersion());
    out.flush();
    return ExitCodes.OK;
  }
}
