package io.rebound.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.installer.testing.Commands;
import io.rebound.installer.testing.Ctl;
import io.rebound.installer.testing.InstalledAgent;
import io.rebound.testing.FreePort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportBundleTest {
  private static final String PASSWORD = "broker-Passw0rd-4711";
  private static final String TOKEN = "rbt_terminal-token-0815";
  private static final String KEY_SECRET = "c2VjcmV0LW1lc3NhZ2Uta2V5LWJ5dGVzLTAxMjM0NTY3ODk";

  @Test
  void bundle_holds_config_doctor_and_logs_without_any_secret_value(
      @TempDir Path root, @TempDir Path out) throws Exception {
    try (InstalledAgent agent = InstalledAgent.install(root, FreePort.find())) {
      Files.writeString(
          agent.layout().configFile(),
          "rebound.mqtt.password=" + PASSWORD + "\n",
          StandardOpenOption.APPEND);
      Files.writeString(
          agent.layout().configDir().resolve("agentctl.properties"), "api-token=" + TOKEN + "\n");
      Files.writeString(
          agent.dataDir().resolve("message-key.json"),
          "{\"storeId\":\"store42\",\"keyId\":\"k-1\",\"algorithm\":\"HMAC-SHA256\",\"secret\":\""
              + KEY_SECRET
              + "\",\"createdAt\":\"2026-11-26T00:00:00Z\"}");
      Files.writeString(
          agent.layout().agentLog(),
          "a line that leaked " + PASSWORD + " and " + KEY_SECRET + " and " + TOKEN + "\n",
          StandardOpenOption.APPEND);
      Path bundle = out.resolve("bundle.tar.gz");

      Ctl.Result result =
          Ctl.run("support-bundle", "--root", agent.rootArg(), "--output", bundle.toString());

      assertThat(result.exit()).as(result.toString()).isZero();
      Path unpacked = out.resolve("x");
      Files.createDirectories(unpacked);
      assertThat(
              Commands.run(List.of("tar", "-xzf", bundle.toString(), "-C", unpacked.toString()))
                  .exit())
          .isZero();
      Path dir = unpacked.resolve("rebound-support");
      assertThat(dir.resolve("agent.properties"))
          .content()
          .contains("rebound.store-id=store42")
          .contains("rebound.mqtt.password=[redacted]");
      assertThat(dir.resolve("doctor.json")).content().contains("\"mode\"");
      assertThat(dir.resolve("logs/agent.log"))
          .content()
          .contains("Installed features")
          .contains("a line that leaked [redacted]");
      assertThat(dir.resolve("rebound-agent.service")).exists();
      try (Stream<Path> files = Files.walk(unpacked)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String text = Files.readString(f, StandardCharsets.ISO_8859_1);
          assertThat(text)
              .as(f.toString())
              .doesNotContain(PASSWORD)
              .doesNotContain(TOKEN)
              .doesNotContain(KEY_SECRET);
        }
      }
    }
  }
}
