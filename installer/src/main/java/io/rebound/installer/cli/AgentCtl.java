package io.rebound.installer.cli;

import io.rebound.installer.InstallerException;
import io.rebound.installer.bundle.SupportBundleCommand;
import io.rebound.installer.doctor.DoctorCommand;
import io.rebound.installer.enroll.EnrollCommand;
import io.rebound.installer.install.InstallCommand;
import io.rebound.installer.uninstall.UninstallCommand;
import io.rebound.installer.upgrade.RollbackCommand;
import io.rebound.installer.upgrade.UpgradeCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rebound-agentctl}: install, check and maintain the Rebound store agent. */
@Command(
    name = "rebound-agentctl",
    mixinStandardHelpOptions = true,
    versionProvider = AgentCtl.Version.class,
    description = "Install, check and maintain the Rebound store agent.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; doctor: healthy",
      "1:doctor: degraded (not ONLINE, or a check warns/fails)",
      "2:doctor: the agent does not answer",
      "3:not installed",
      "4:a step failed (the message says what to do next)",
      "5:refused to protect data",
      "6:upgrade rolled back",
      "64:wrong options"
    },
    subcommands = {
      InstallCommand.class,
      UninstallCommand.class,
      DoctorCommand.class,
      SupportBundleCommand.class,
      UpgradeCommand.class,
      RollbackCommand.class,
      EnrollCommand.class
    })
public final class AgentCtl {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (tests call this in process). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new AgentCtl());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          PrintWriter err = cmd.getErr();
          if (e instanceof InstallerException failure) {
            err.println("error: " + failure.getMessage());
            err.println("next:  " + failure.nextStep());
          } else {
            err.println("error: " + e);
            err.println(
                "next:  run 'rebound-agentctl support-bundle' and send it to Rebound support");
          }
          err.flush();
          return ExitCodes.FAILED;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("error: " + e.getMessage());
          err.println(
              "next:  see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
          err.flush();
          return ExitCodes.USAGE;
        });
    return cli;
  }

  /** The CLI's version: the installed distribution's VERSION file, if known. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String home = System.getProperty("rebound.home");
      if (home == null) {
        return new String[] {"rebound-agentctl (development)"};
      }
      try {
        return new String[] {
          "rebound-agentctl "
              + java.nio.file.Files.readString(java.nio.file.Path.of(home, "VERSION")).trim()
        };
      } catch (java.io.IOException e) {
        return new String[] {"rebound-agentctl (unknown version)"};
      }
    }
  }
}
