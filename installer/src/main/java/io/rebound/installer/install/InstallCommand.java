package io.rebound.installer.install;

import io.rebound.installer.InstallerException;
import io.rebound.installer.cli.ExitCodes;
import io.rebound.installer.cli.RootOption;
import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.layout.Layout;
import io.rebound.installer.preflight.Check;
import io.rebound.installer.preflight.CheckStatus;
import io.rebound.installer.preflight.HostChecks;
import io.rebound.installer.service.AgentEndpoint;
import io.rebound.installer.service.AgentService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code install}: preflight, files, configuration, unit, start, wait until ready. Every step can
 * be re-run: the same version is left in place, the configuration is updated, a running agent is
 * kept.
 */
@Command(name = "install", description = "Install (or re-install) the agent and start it.")
public final class InstallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RootOption rootOption;

  @Option(
      names = "--store-id",
      required = true,
      description = "The store's id (lower-case letters, digits, dashes).")
  String storeId;

  @Option(
      names = "--broker-host",
      defaultValue = "localhost",
      description = "MQTT broker host (default ${DEFAULT-VALUE}).")
  String brokerHost;

  @Option(
      names = "--broker-port",
      defaultValue = "1883",
      description = "MQTT broker port (default ${DEFAULT-VALUE}).")
  int brokerPort;

  @Option(
      names = "--http-port",
      defaultValue = "8081",
      description = "The agent's POS API port (default ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(names = "--data-dir", description = "Data directory (default <root>/var/lib/rebound).")
  Path dataDir;

  @Option(
      names = "--package",
      description =
          "rebound-agent-<version>.tar.gz or its directory (default: the distribution this CLI belongs to).")
  Path pkg;

  @Option(
      names = "--min-free-mb",
      defaultValue = "512",
      description = "Free disk space required (default ${DEFAULT-VALUE} MB).")
  long minFreeMb;

  @Option(
      names = "--ready-timeout",
      defaultValue = "PT90S",
      description = "How long to wait for /q/health/ready (ISO-8601, default ${DEFAULT-VALUE}).")
  Duration readyTimeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Layout layout = rootOption.layout();
    if (!storeId.matches("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")) {
      throw new InstallerException(
          "--store-id '" + storeId + "' is invalid: lower-case letters, digits and dashes only",
          "pass the store id central knows, e.g. store42");
    }
    Path data = dataDir != null ? dataDir.toAbsolutePath() : layout.defaultDataDir();
    AgentService service = AgentService.forLayout(layout);

    out.println("[1/5] preflight");
    preflight(out, data, service.running());

    out.println("[2/5] files");
    Releases releases = new Releases(layout, out);
    String version = releases.add(packagePath());
    releases.activate(version);

    out.println("[3/5] configuration " + layout.configFile());
    AgentConfig config =
        AgentConfig.tryLoad(layout.configFile())
            .orElseGet(() -> AgentConfig.empty(layout.configFile()));
    config.set(AgentConfig.STORE_ID, storeId);
    config.set(AgentConfig.MQTT_HOST, brokerHost);
    config.set(AgentConfig.MQTT_PORT, Integer.toString(brokerPort));
    config.set(AgentConfig.HTTP_PORT, Integer.toString(httpPort));
    config.set(AgentConfig.DATA_DIR, data.toString());
    config.save();
    AgentCredential.ensure(config, out);

    out.println("[4/5] service unit " + layout.unitFile());
    new SystemFiles(layout, out).install(data);

    out.println("[5/5] start and wait for " + "/q/health/ready");
    service.stop();
    service.enable();
    service.start();
    out.print("waiting");
    out.flush();
    boolean ready = new AgentEndpoint(config).awaitReady(readyTimeout, out, service::running);
    if (!ready) {
      throw new InstallerException(
          "the agent "
              + version
              + " did not become ready within "
              + readyTimeout.toSeconds()
              + " s",
          logHint(layout) + "; fix the cause and run the same install command again");
    }
    out.println(
        "installed "
            + version
            + " for store "
            + storeId
            + "; check it with 'rebound-agentctl doctor'");
    out.flush();
    return ExitCodes.OK;
  }

  private void preflight(PrintWriter out, Path data, boolean agentRunning) {
    List<Check> checks =
        List.of(
            HostChecks.javaRuntime(),
            HostChecks.disk(data, minFreeMb),
            HostChecks.localFilesystem(data),
            agentRunning
                ? Check.ok("port", "the agent itself is running (will be restarted)")
                : HostChecks.portFree(httpPort),
            HostChecks.clockSync());
    checks.forEach(c -> out.println("  " + c));
    checks.stream()
        .filter(c -> c.status() == CheckStatus.FAIL)
        .findFirst()
        .ifPresent(
            c -> {
              throw new InstallerException(
                  "preflight check '" + c.name() + "' failed: " + c.detail(), c.nextStep());
            });
  }

  private Path packagePath() {
    if (pkg != null) {
      return pkg.toAbsolutePath();
    }
    String home = System.getProperty("rebound.home");
    if (home == null) {
      throw new InstallerException(
          "no package given", "pass --package rebound-agent-<version>.tar.gz");
    }
    return Path.of(home);
  }

  static String logHint(Layout layout) {
    return layout.alternativeRoot()
        ? "see " + layout.agentLog()
        : "see 'journalctl -u rebound-agent -n 100'";
  }
}
