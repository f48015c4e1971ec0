package io.rebound.installer.uninstall;

import io.rebound.installer.InstallerException;
import io.rebound.installer.cli.ExitCodes;
import io.rebound.installer.cli.RootOption;
import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.data.AgentDatabase;
import io.rebound.installer.install.Releases;
import io.rebound.installer.layout.Layout;
import io.rebound.installer.service.AgentService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uninstall [--purge]}: stops the agent and removes program, unit and CLI link.
 * Configuration and data stay unless {@code --purge}; purge refuses while the outbox holds unsynced
 * events unless {@code --force --confirm-store-id <the configured store id>}.
 */
@Command(
    name = "uninstall",
    description = "Remove the agent; keeps configuration and data unless --purge.")
public final class UninstallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RootOption rootOption;

  @Option(
      names = "--purge",
      description = "Also delete configuration and data (refused while returns are unsynced).")
  boolean purge;

  @Option(
      names = "--force",
      description = "With --purge: delete even unsynced returns (needs --confirm-store-id).")
  boolean force;

  @Option(
      names = "--confirm-store-id",
      description = "With --force: the configured store id, as a confirmation.")
  String confirmStoreId;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Layout layout = rootOption.layout();
    Optional<AgentConfig> config = AgentConfig.tryLoad(layout.configFile());
    Path dataDir =
        config
            .flatMap(c -> c.get(AgentConfig.DATA_DIR))
            .map(Path::of)
            .orElse(layout.defaultDataDir());
    if (purge) {
      Integer refused = refusePurge(out, config, AgentDatabase.inDataDir(dataDir));
      if (refused != null) {
        return refused;
      }
    }
    out.println("stopping the agent");
    AgentService service = AgentService.forLayout(layout);
    service.stop();
    service.disable();
    try {
      Files.deleteIfExists(layout.unitFile());
      Files.deleteIfExists(layout.cliLink());
      Releases.deleteTree(layout.optDir());
      out.println("removed " + layout.optDir() + ", " + layout.unitFile());
      if (purge) {
        Releases.deleteTree(layout.configDir());
        Releases.deleteTree(dataDir);
        Releases.deleteTree(layout.logDir());
        out.println("purged " + layout.configDir() + ", " + dataDir + ", " + layout.logDir());
      } else {
        out.println(
            "kept " + layout.configDir() + " and " + dataDir + " (use --purge to delete them)");
      }
    } catch (IOException e) {
      throw new InstallerException(
          "cannot remove files: " + e.getMessage(),
          "run as root (or with the same --root), then run uninstall again; it continues where it stopped",
          e);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Integer refusePurge(PrintWriter out, Optional<AgentConfig> config, AgentDatabase db) {
    long pending = db.pendingEvents();
    if (pending == 0) {
      return null;
    }
    String storeId = config.flatMap(c -> c.get(AgentConfig.STORE_ID)).orElse("?");
    PrintWriter err = spec.commandLine().getErr();
    if (!force) {
      err.println(
          "error: refusing to purge: "
              + pending
              + " event(s) of store "
              + storeId
              + " are not synced to central yet ("
              + db.file()
              + ")");
      err.println(
          "next:  reconnect the store and wait until 'rebound-agentctl doctor' shows outbox depth 0, or uninstall without --purge to keep the data; to discard them anyway add --force --confirm-store-id "
              + storeId);
      err.flush();
      return ExitCodes.REFUSED;
    }
    if (!storeId.equals(confirmStoreId)) {
      err.println(
          "error: --force needs --confirm-store-id "
              + storeId
              + " (the configured store id); got "
              + (confirmStoreId == null ? "none" : "'" + confirmStoreId + "'"));
      err.println(
          "next:  re-run with --confirm-store-id "
              + storeId
              + " if you really want to delete "
              + pending
              + " unsynced event(s)");
      err.flush();
      return ExitCodes.REFUSED;
    }
    out.println("--force: deleting " + pending + " unsynced event(s) of store " + storeId);
    return null;
  }
}
