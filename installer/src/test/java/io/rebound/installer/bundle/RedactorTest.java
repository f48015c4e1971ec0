package io.rebound.installer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.installer.config.AgentConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactorTest {

  @Test
  void secret_named_keys_are_masked_and_their_values_removed_from_any_text(@TempDir Path dir)
      throws Exception {
    Path passwordFile = Files.writeString(dir.resolve("mqtt.pw"), "file-secret-42\n");
    AgentConfig config = AgentConfig.empty(dir.resolve("agent.properties"));
    config.set(AgentConfig.STORE_ID, "store42");
    config.set(AgentConfig.PASSWORD, "inline-secret-7");
    config.set(AgentConfig.PASSWORD_FILE, passwordFile.toString());
    Redactor redactor = Redactor.forConfig(config, dir);

    assertThat(redactor.properties(config))
        .contains("rebound.store-id=store42")
        .contains("rebound.mqtt.password=[redacted]")
        .contains("rebound.mqtt.password-file=" + passwordFile)
        .doesNotContain("inline-secret-7");
    assertThat(redactor.text("login with inline-secret-7 / file-secret-42 failed"))
        .isEqualTo("login with [redacted] / [redacted] failed");
  }

  @Test
  void message_key_secret_is_removed_from_logs(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("message-key.json"),
        "{\"storeId\":\"store42\",\"keyId\":\"k-1\",\"secret\":\"AAAABBBBCCCCDDDD\"}");
    Redactor redactor = Redactor.forConfig(AgentConfig.empty(dir.resolve("a.properties")), dir);

    assertThat(redactor.text("key AAAABBBBCCCCDDDD loaded")).isEqualTo("key [redacted] loaded");
  }
}
