package io.rebound.installer.upgrade;

import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.data.AgentDatabase;
import io.rebound.installer.install.Releases;
import io.rebound.installer.layout.Layout;
import io.rebound.installer.service.AgentEndpoint;
import io.rebound.installer.service.AgentService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Stop, switch {@code current}, (maybe restore), start, wait for readiness: shared by upgrade and
 * rollback.
 */
final class Switchover {
  private final Layout layout;
  private final AgentConfig config;
  private final PrintWriter out;
  private final AgentService service;

  Switchover(Layout layout, AgentConfig config, PrintWriter out) {
    this.layout = layout;
    this.config = config;
    this.out = out;
    this.service = AgentService.forLayout(layout);
  }

  AgentDatabase database() {
    return AgentDatabase.inDataDir(Path.of(config.require(AgentConfig.DATA_DIR)));
  }

  /**
   * Switches to {@code version} and starts it; true when it became ready within {@code timeout}.
   */
  boolean switchTo(String version, Duration timeout) {
    out.println("stopping the agent");
    service.stop();
    new Releases(layout, out).activate(version);
    out.println("starting " + version);
    service.start();
    out.print("waiting");
    out.flush();
    return new AgentEndpoint(config).awaitReady(timeout, out, service::running);
  }

  /**
   * Back to the previous version. Its backup is restored only when nothing was accepted since it
   * was taken (the highest outbox sequence is unchanged): that undoes whatever the new version did
   * to the schema and can never drop an accepted return. Otherwise the live database is kept.
   */
  boolean rollBack(UpgradeState state, Duration timeout) {
    out.println("rolling back to " + state.previousVersion());
    service.stop();
    AgentDatabase db = database();
    long live = db.highestSequence();
    if (live == state.backupSequence()) {
      out.println(
          "restoring the database backup "
              + state.backup()
              + " (nothing accepted since it was taken)");
      db.restoreFrom(state.backup());
    } else {
      out.println(
          "keeping the live database: "
              + (live - state.backupSequence())
              + " event(s) were accepted after the backup "
              + state.backup());
    }
    return switchTo(state.previousVersion(), timeout);
  }
}
