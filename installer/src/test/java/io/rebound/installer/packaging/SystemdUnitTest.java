package io.rebound.installer.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.installer.testing.Commands;
import io.rebound.installer.testing.Dist;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemdUnitTest {
  private static final String LAUNCHER = "/opt/rebound-agent/current/bin/rebound-agent";

  private static String unit() throws Exception {
    return Files.readString(
        Dist.distribution().resolve("share/systemd/rebound-agent.service"), StandardCharsets.UTF_8);
  }

  @Test
  void unit_runs_as_dedicated_user_with_a_read_only_system_except_the_data_dir() throws Exception {
    List<String> lines = unit().lines().map(String::trim).toList();
    assertThat(lines)
        .contains(
            "User=rebound",
            "Group=rebound",
            "ProtectSystem=strict",
            "NoNewPrivileges=yes",
            "PrivateTmp=yes",
            "Restart=always",
            "StandardOutput=journal",
            "StandardError=journal",
            "ExecStart=" + LAUNCHER,
            "Environment=REBOUND_CONFIG=/etc/rebound/agent.properties");
    assertThat(lines.stream().filter(l -> l.startsWith("ReadWritePaths=")))
        .containsExactly("ReadWritePaths=/var/lib/rebound");
  }

  @Test
  void unit_passes_systemd_analyze_verify(@TempDir Path tmp) throws Exception {
    Path launcher = tmp.resolve("bin/rebound-agent");
    Files.createDirectories(launcher.getParent());
    Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
    launcher.toFile().setExecutable(true);
    Path unit = tmp.resolve("rebound-agent.service");
    Files.writeString(unit, unit().replace(LAUNCHER, launcher.toString()));

    Commands.Output verify = Commands.run(List.of("systemd-analyze", "verify", unit.toString()));

    assertThat(verify.exit()).as(verify.err()).isZero();
    assertThat(verify.err()).as("warnings such as unknown keys").isBlank();
  }

  @Test
  void systemd_analyze_verify_catches_a_misspelt_hardening_key(@TempDir Path tmp) throws Exception {
    Path launcher = tmp.resolve("bin/rebound-agent");
    Files.createDirectories(launcher.getParent());
    Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
    launcher.toFile().setExecutable(true);
    Path unit = tmp.resolve("rebound-agent.service");
    Files.writeString(
        unit,
        unit().replace(LAUNCHER, launcher.toString()).replace("ProtectSystem=", "ProtectSystm="));

    Commands.Output verify = Commands.run(List.of("systemd-analyze", "verify", unit.toString()));

    assertThat(verify.err()).contains("ProtectSystm");
  }
}
