package io.rebound.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.installer.testing.Ctl;
import io.rebound.installer.testing.InstalledAgent;
import io.rebound.testing.FreePort;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UninstallTest {

  @Test
  void uninstall_keeps_config_and_data_by_default(@TempDir Path root) {
    try (InstalledAgent agent = InstalledAgent.install(root, FreePort.find())) {
      agent.api().acceptReturn();

      Ctl.Result result = Ctl.run("uninstall", "--root", agent.rootArg());

      assertThat(result.exit()).as(result.toString()).isZero();
      assertThat(agent.layout().optDir()).doesNotExist();
      assertThat(agent.layout().unitFile()).doesNotExist();
      assertThat(agent.layout().configFile()).exists();
      assertThat(agent.dataDir().resolve("edge.db")).exists();
      assertThat(Ctl.run("uninstall", "--root", agent.rootArg()).exit())
          .as("re-running is safe")
          .isZero();
    }
  }

  @Test
  void purge_refuses_while_returns_are_unsynced_unless_forced_with_the_store_id(
      @TempDir Path root) {
    try (InstalledAgent agent = InstalledAgent.install(root, FreePort.find())) {
      agent.api().acceptReturn();

      Ctl.Result refused = Ctl.run("uninstall", "--purge", "--root", agent.rootArg());
      assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCodes.REFUSED);
      assertThat(refused.err())
          .contains("1 event(s) of store store42 are not synced")
          .contains("--force --confirm-store-id store42");
      assertThat(agent.api().pendingReturnIds()).as("nothing stopped or removed").hasSize(1);

      Ctl.Result wrongId =
          Ctl.run(
              "uninstall",
              "--purge",
              "--force",
              "--confirm-store-id",
              "store43",
              "--root",
              agent.rootArg());
      assertThat(wrongId.exit()).isEqualTo(ExitCodes.REFUSED);
      assertThat(wrongId.err()).contains("--confirm-store-id store42").contains("'store43'");
      assertThat(agent.dataDir().resolve("edge.db")).exists();

      Ctl.Result forced =
          Ctl.run(
              "uninstall",
              "--purge",
              "--force",
              "--confirm-store-id",
              "store42",
              "--root",
              agent.rootArg());
      assertThat(forced.exit()).as(forced.toString()).isZero();
      assertThat(agent.dataDir()).doesNotExist();
      assertThat(agent.layout().configFile()).doesNotExist();
      assertThat(agent.layout().optDir()).doesNotExist();
    }
  }
}
