package io.rebound.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.installer.install.Releases;
import io.rebound.installer.testing.Ctl;
import io.rebound.installer.testing.Dist;
import io.rebound.installer.testing.InstalledAgent;
import io.rebound.testing.FreePort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpgradeRollbackTest {

  /**
   * A copy of the built distribution under another version; {@code broken}: its launcher exits 1.
   */
  private static Path variant(Path dir, String version, boolean broken) throws Exception {
    Path copy = dir.resolve("rebound-agent-" + version);
    try (Stream<Path> walk = Files.walk(Dist.distribution())) {
      for (Path p : walk.toList()) {
        Path dest = copy.resolve(Dist.distribution().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Files.writeString(copy.resolve("VERSION"), version + "\n");
    if (broken) {
      Files.writeString(
          copy.resolve("bin/rebound-agent"), "#!/bin/sh\necho 'broken build' >&2\nexit 1\n");
    }
    return copy;
  }

  @Test
  void broken_upgrade_rolls_back_by_itself_and_keeps_returns_accepted_before(
      @TempDir Path root, @TempDir Path pkgs) throws Exception {
    try (InstalledAgent agent = InstalledAgent.install(root, FreePort.find())) {
      List<String> accepted = List.of(agent.api().acceptReturn(), agent.api().acceptReturn());
      Path broken = variant(pkgs, "0.2.0-broken", true);

      Ctl.Result result =
          Ctl.run(
              "upgrade",
              "--root",
              agent.rootArg(),
              "--package",
              broken.toString(),
              "--health-timeout",
              "PT30S");

      assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCodes.ROLLED_BACK);
      assertThat(result.out())
          .contains("VACUUM INTO")
          .contains("automatic rollback")
          .contains("restoring the database backup");
      assertThat(result.err()).contains("rolled back to " + Dist.version()).contains("next:");
      assertThat(
              new Releases(agent.layout(), new java.io.PrintWriter(java.io.Writer.nullWriter()))
                  .currentVersion())
          .contains(Dist.version());
      assertThat(agent.layout().version("0.2.0-broken")).as("installed side by side").isDirectory();
      assertThat(agent.api().pendingReturnIds()).containsAll(accepted);
      try (Stream<Path> backups = Files.list(agent.dataDir().resolve("backups"))) {
        assertThat(backups.toList()).hasSize(1);
      }
    }
  }

  @Test
  void healthy_upgrade_switches_and_rollback_returns_to_the_previous_version(
      @TempDir Path root, @TempDir Path pkgs) throws Exception {
    try (InstalledAgent agent = InstalledAgent.install(root, FreePort.find())) {
      String before = agent.api().acceptReturn();
      Path next = variant(pkgs, "0.2.0", false);

      Ctl.Result upgrade =
          Ctl.run(
              "upgrade",
              "--root",
              agent.rootArg(),
              "--package",
              next.toString(),
              "--health-timeout",
              "PT60S");

      assertThat(upgrade.exit()).as(upgrade.toString()).isZero();
      Releases releases =
          new Releases(agent.layout(), new java.io.PrintWriter(java.io.Writer.nullWriter()));
      assertThat(releases.currentVersion()).contains("0.2.0");
      String during = agent.api().acceptReturn();

      Ctl.Result rollback =
          Ctl.run("rollback", "--root", agent.rootArg(), "--health-timeout", "PT60S");

      assertThat(rollback.exit()).as(rollback.toString()).isZero();
      assertThat(rollback.out())
          .contains("keeping the live database: 1 event(s) were accepted after the backup");
      assertThat(releases.currentVersion()).contains(Dist.version());
      assertThat(agent.api().pendingReturnIds()).contains(before, during);
      assertThat(Ctl.run("rollback", "--root", agent.rootArg()).out())
          .contains("nothing to roll back");
    }
  }
}
