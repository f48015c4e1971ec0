package io.rebound.installer.install;

import io.rebound.installer.InstallerException;
import io.rebound.installer.config.FileModes;
import io.rebound.installer.layout.Layout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The unit file, the data directory, the {@code rebound} system user (real root only) and the CLI's
 * link in {@code /usr/bin}. Each step is idempotent.
 */
final class SystemFiles {
  private final Layout layout;
  private final PrintWriter out;

  SystemFiles(Layout layout, PrintWriter out) {
    this.layout = layout;
    this.out = out;
  }

  void install(Path dataDir) {
    try {
      Files.createDirectories(layout.unitFile().getParent());
      Files.copy(
          layout.current().resolve("share/systemd").resolve(Layout.UNIT_NAME),
          layout.unitFile(),
          StandardCopyOption.REPLACE_EXISTING);
      Files.createDirectories(dataDir);
      FileModes.restrict(dataDir, "rwxr-x---");
      Files.createDirectories(layout.cliLink().getParent());
      if (!Files.exists(layout.cliLink(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(
            layout.cliLink(), layout.current().resolve("bin/rebound-agentctl"));
      }
    } catch (IOException e) {
      throw new InstallerException(
          "cannot install system files: " + e.getMessage(),
          "run as root (or with --root DIR), then run the same command again",
          e);
    }
    if (layout.alternativeRoot()) {
      out.println("  alternative root: no system user, the agent runs as the current user");
      return;
    }
    systemUser(dataDir);
  }

  private void systemUser(Path dataDir) {
    if (run(List.of("getent", "passwd", "rebound")) != 0) {
      out.println("  creating system user rebound");
      if (run(
              List.of(
                  "useradd",
                  "--system",
                  "--user-group",
                  "--home-dir",
                  dataDir.toString(),
                  "--no-create-home",
                  "--shell",
                  "/usr/sbin/nologin",
                  "rebound"))
          != 0) {
        throw new InstallerException(
            "cannot create the system user rebound",
            "create it: useradd --system --user-group rebound, then re-run install");
      }
    }
    if (run(List.of("chown", "-R", "rebound:rebound", dataDir.toString())) != 0
        || run(List.of("chgrp", "rebound", layout.configFile().toString())) != 0) {
      throw new InstallerException(
          "cannot give " + dataDir + " to the user rebound", "run install as root");
    }
  }

  private static int run(List<String> command) {
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      return 127;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }
}
