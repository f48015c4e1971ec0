package io.rebound.installer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.layout.Layout;
import io.rebound.installer.service.AgentService;
import io.rebound.testing.FreePort;
import java.nio.file.Path;

/**
 * An agent installed below a temporary root with rebound-agentctl install, stopped by {@link
 * #close}.
 */
public final class InstalledAgent implements AutoCloseable {
  public static final String STORE = "store42";
  private final Path root;
  private final int httpPort;

  private InstalledAgent(Path root, int httpPort) {
    this.root = root;
    this.httpPort = httpPort;
  }

  /** Installs the built tarball for {@link #STORE} with the broker at {@code brokerPort}. */
  public static InstalledAgent install(Path root, int brokerPort) {
    InstalledAgent agent = new InstalledAgent(root, FreePort.find());
    Ctl.Result result = agent.installAgain(brokerPort);
    assertThat(result.exit()).as(result.toString()).isZero();
    return agent;
  }

  public Ctl.Result installAgain(int brokerPort) {
    return Ctl.run(
        "install",
        "--root",
        root.toString(),
        "--store-id",
        STORE,
        "--broker-host",
        "127.0.0.1",
        "--broker-port",
        Integer.toString(brokerPort),
        "--http-port",
        Integer.toString(httpPort),
        "--package",
        Dist.tarball().toString(),
        "--min-free-mb",
        "64");
  }

  public Path root() {
    return root;
  }

  public String rootArg() {
    return root.toString();
  }

  public Layout layout() {
    return new Layout(root);
  }

  public Path dataDir() {
    return layout().defaultDataDir();
  }

  public StoreApi api() {
    AgentConfig config = AgentConfig.load(layout().configFile());
    return new StoreApi(
        httpPort,
        config.require("rebound.security.bootstrap.terminal-id"),
        config.apiToken().orElseThrow(() -> new AssertionError("install wrote no api-token")));
  }

  @Override
  public void close() {
    AgentService.forLayout(layout()).stop();
  }
}
