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

class DebianPackageTest {

  @Test
  void deb_installs_agent_cli_unit_and_config_under_the_documented_paths() {
    Commands.Output listing = Commands.run(List.of("dpkg-deb", "-c", Dist.deb().toString()));
    assertThat(listing.exit()).as(listing.err()).isZero();
    String version = Dist.version();
    assertThat(listing.out())
        .contains("./lib/systemd/system/rebound-agent.service")
        .contains("./etc/rebound/agent.properties")
        .contains("./opt/rebound-agent/versions/" + version + "/app/quarkus-run.jar")
        .contains("./opt/rebound-agent/versions/" + version + "/bin/rebound-agent")
        .contains("./opt/rebound-agent/versions/" + version + "/bin/rebound-agentctl")
        .contains("./opt/rebound-agent/versions/" + version + "/cli/rebound-agentctl.jar")
        .contains("./opt/rebound-agent/current -> versions/" + version)
        .contains("./usr/bin/rebound-agentctl -> /opt/rebound-agent/current/bin/rebound-agentctl")
        .contains("./var/lib/rebound/");
    assertThat(listing.out())
        .containsPattern(
            "-rwxr-xr-x root/root .* ./opt/rebound-agent/versions/"
                + version.replace(".", "\\.")
                + "/bin/rebound-agent\\n");
  }

  @Test
  void deb_depends_on_java_17_and_keeps_the_config_as_conffile() {
    Commands.Output info = Commands.run(List.of("dpkg-deb", "-I", Dist.deb().toString()));
    assertThat(info.exit()).as(info.err()).isZero();
    assertThat(info.out())
        .contains("Package: rebound-agent")
        .contains("Version: " + Dist.version().replace('-', '~'))
        .contains("Architecture: all")
        .containsPattern("Depends: .*openjdk-17-jre-headless")
        .contains("postinst")
        .contains("conffiles");
    Commands.Output conffiles =
        Commands.run(List.of("dpkg-deb", "-I", Dist.deb().toString(), "conffiles"));
    assertThat(conffiles.out().trim()).isEqualTo("/etc/rebound/agent.properties");
  }

  @Test
  void postinst_creates_the_rebound_system_user_only_when_missing(@TempDir Path tmp)
      throws Exception {
    Commands.Output extract =
        Commands.run(
            List.of("dpkg-deb", "-e", Dist.deb().toString(), tmp.resolve("DEBIAN").toString()));
    assertThat(extract.exit()).as(extract.err()).isZero();
    Path postinst = tmp.resolve("DEBIAN/postinst");
    assertThat(Files.isExecutable(postinst)).isTrue();
    String script = Files.readString(postinst, StandardCharsets.UTF_8);
    assertThat(script)
        .contains("if ! getent passwd rebound >/dev/null; then")
        .contains("useradd --system --gid rebound --home-dir /var/lib/rebound --no-create-home")
        .contains("--shell /usr/sbin/nologin")
        .contains("install -d -o rebound -g rebound -m 0750 /var/lib/rebound");
    Commands.Output syntax = Commands.run(List.of("sh", "-n", postinst.toString()));
    assertThat(syntax.exit()).as(syntax.err()).isZero();
    String postrm = Files.readString(tmp.resolve("DEBIAN/postrm"), StandardCharsets.UTF_8);
    assertThat(postrm).doesNotContain("rm -rf /var/lib/rebound");
  }

  @Test
  void tarball_holds_launcher_cli_unit_default_config_and_version() {
    Commands.Output listing = Commands.run(List.of("tar", "-tzvf", Dist.tarball().toString()));
    assertThat(listing.exit()).as(listing.err()).isZero();
    String top = "rebound-agent-" + Dist.version() + "/";
    assertThat(listing.out())
        .contains(top + "VERSION")
        .contains(top + "bin/rebound-agent")
        .contains(top + "bin/rebound-agentctl")
        .contains(top + "app/quarkus-run.jar")
        .contains(top + "cli/picocli-")
        .contains(top + "share/systemd/rebound-agent.service")
        .contains(top + "share/config/agent.properties");
  }
}
