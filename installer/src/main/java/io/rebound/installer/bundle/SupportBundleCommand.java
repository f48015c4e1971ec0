package io.rebound.installer.bundle;

import io.rebound.installer.InstallerException;
import io.rebound.installer.cli.ExitCodes;
import io.rebound.installer.cli.RootOption;
import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.doctor.Doctor;
import io.rebound.installer.doctor.DoctorReport;
import io.rebound.installer.install.Releases;
import io.rebound.installer.layout.Layout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code support-bundle}: configuration, unit, version, doctor report and logs in one tar.gz, with
 * secrets redacted ({@link Redactor}).
 */
@Command(
    name = "support-bundle",
    description = "Collect logs, configuration and doctor output (secrets redacted) into a tar.gz.")
public final class SupportBundleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RootOption rootOption;

  @Option(
      names = {"-o", "--output"},
      description = "The bundle to write (default ./rebound-support-<store>-<time>.tar.gz).")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Layout layout = rootOption.layout();
    AgentConfig config = AgentConfig.load(layout.configFile());
    Path dataDir =
        Path.of(config.get(AgentConfig.DATA_DIR).orElse(layout.defaultDataDir().toString()));
    Redactor redactor = Redactor.forConfig(config, dataDir);
    String store = config.get(AgentConfig.STORE_ID).orElse("unknown");
    Clock clock = Clock.systemUTC();
    Path target =
        output != null
            ? output.toAbsolutePath()
            : Path.of(
                    "rebound-support-"
                        + store
                        + "-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                            .withZone(ZoneOffset.UTC)
                            .format(clock.instant())
                        + ".tar.gz")
                .toAbsolutePath();

    Path staging = Files.createTempDirectory("rebound-support");
    try {
      Path dir = Files.createDirectories(staging.resolve("rebound-support"));
      out.println("[1/4] configuration");
      write(dir.resolve("agent.properties"), redactor.properties(config));
      copyIfPresent(layout.unitFile(), dir.resolve("rebound-agent.service"), redactor);
      copyIfPresent(layout.current().resolve("VERSION"), dir.resolve("VERSION"), redactor);
      out.println("[2/4] doctor");
      DoctorReport report = new Doctor(layout, clock).examine();
      write(dir.resolve("doctor.json"), redactor.text(DoctorReportJson.write(report)));
      out.println("[3/4] logs");
      new LogCollector(layout, redactor).collect(dir.resolve("logs"));
      out.println("[4/4] archive");
      Process tar =
          new ProcessBuilder(
                  "tar", "-czf", target.toString(), "-C", staging.toString(), "rebound-support")
              .redirectErrorStream(true)
              .start();
      String tarOut = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (tar.waitFor() != 0) {
        throw new InstallerException(
            "cannot write " + target + ": " + tarOut.trim(),
            "choose a writable place with --output");
      }
    } finally {
      Releases.deleteTree(staging);
    }
    out.println("wrote " + target + " (secrets redacted); send it to Rebound support");
    out.flush();
    return ExitCodes.OK;
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void copyIfPresent(Path from, Path to, Redactor redactor) throws IOException {
    if (Files.isRegularFile(from)) {
      write(to, redactor.text(Files.readString(from, StandardCharsets.UTF_8)));
    }
  }
}
