package io.rebound.installer.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rebound.installer.cli.RootOption;
import io.rebound.installer.preflight.Check;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code doctor [--json]}: is the agent healthy? Exit 0 healthy, 1 degraded, 2 down, 3 not
 * installed.
 */
@Command(
    name = "doctor",
    description =
        "Check the agent and this machine; exit 0 healthy, 1 degraded, 2 agent down, 3 not installed.")
public final class DoctorCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;
  @Mixin RootOption rootOption;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    DoctorReport report = new Doctor(rootOption.layout(), Clock.systemUTC()).examine();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JSON.writeValueAsString(report));
    } else {
      out.println("store " + report.storeId() + ": " + report.mode());
      for (Check c : report.checks()) {
        out.println("  " + c);
      }
    }
    out.flush();
    return report.exitCode();
  }
}
