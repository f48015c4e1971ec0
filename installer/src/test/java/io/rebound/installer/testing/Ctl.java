package io.rebound.installer.testing;

import io.rebound.installer.cli.AgentCtl;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs rebound-agentctl in this JVM and captures what it prints. */
public final class Ctl {
  private Ctl() {}

  /** One run's exit code and output. */
  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = AgentCtl.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
