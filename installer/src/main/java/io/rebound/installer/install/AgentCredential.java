package io.rebound.installer.install;

import io.rebound.installer.InstallerException;
import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.config.FileModes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CLI's own credential for the agent's API (every {@code /api/v1} call needs a terminal token):
 * at the first install a random token for terminal {@value #TERMINAL} becomes the agent's bootstrap
 * terminal ({@code rebound.security.bootstrap.terminal-id|terminal-token}, stored hashed by the
 * agent) and the CLI's {@code api-token} in {@code agentctl.properties} (mode 0600). Re-running
 * install keeps an existing credential.
 */
final class AgentCredential {
  static final String TERMINAL = "AGENTCTL";
  static final String TERMINAL_ID_KEY = "rebound.security.bootstrap.terminal-id";
  static final String TERMINAL_TOKEN_KEY = "rebound.security.bootstrap.terminal-token";

  private AgentCredential() {}

  static void ensure(AgentConfig config, PrintWriter out) {
    if (config.get(TERMINAL_ID_KEY).isPresent() && config.apiToken().isPresent()) {
      return;
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = "rbt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    config.set(TERMINAL_ID_KEY, TERMINAL);
    config.set(TERMINAL_TOKEN_KEY, token);
    config.save();
    try {
      Files.writeString(
          config.ctlFile(), AgentConfig.API_TOKEN + "=" + token + "\n", StandardCharsets.UTF_8);
      FileModes.restrict(config.ctlFile(), "rw-------");
    } catch (IOException e) {
      throw new InstallerException(
          "cannot write " + config.ctlFile() + ": " + e.getMessage(),
          "check that the configuration directory is writable, then run install again",
          e);
    }
    out.println(
        "      API credential for rebound-agentctl: terminal "
            + TERMINAL
            + " (token in "
            + config.ctlFile()
            + ", mode 0600)");
  }
}
