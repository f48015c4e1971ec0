package io.rebound.installer.enroll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rebound.installer.InstallerException;
import io.rebound.installer.cli.ExitCodes;
import io.rebound.installer.cli.RootOption;
import io.rebound.installer.config.AgentConfig;
import io.rebound.installer.config.FileModes;
import io.rebound.installer.layout.Layout;
import io.rebound.installer.service.AgentEndpoint;
import io.rebound.installer.service.AgentService;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enroll --central URL --code rbe-…}: exchanges central's one-time code for the store's
 * identity. Writes the message key ({@code rebound.security.message-key-file}, default {@code
 * <data-dir>/message-key.json}), {@code <data-dir>/policy.json} (when central holds a policy) and
 * {@code <data-dir>/receipt-keys.json}, each mode 0600; sets {@code rebound.store-id}. The agent
 * picks the key up without a restart; a policy takes effect at the next start.
 */
@Command(
    name = "enroll",
    description =
        "Exchange a one-time enrollment code from central for this store's keys and policy.")
public final class EnrollCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;
  @Mixin RootOption rootOption;

  @Option(
      names = "--central",
      required = true,
      description = "Central's base URL, e.g. https://central.example:8080")
  URI central;

  @Option(
      names = "--code",
      required = true,
      description = "The one-time code (rbe-…) the operator issued for this store.")
  String code;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Layout layout = rootOption.layout();
    AgentConfig config = AgentConfig.load(layout.configFile());
    Path dataDir =
        Path.of(config.get(AgentConfig.DATA_DIR).orElse(layout.defaultDataDir().toString()));
    out.println("[1/3] redeeming the code at " + central);
    JsonNode enrollment = new CentralEnrollment(central).redeem(code.trim());
    String store = enrollment.path("storeId").asText();
    String configured = config.get(AgentConfig.STORE_ID).orElse(store);
    if (!configured.equals(store) && Files.exists(dataDir.resolve("edge.db"))) {
      throw new InstallerException(
          "the code is for store "
              + store
              + " but this agent already holds data of store "
              + configured,
          "use a code issued for "
              + configured
              + " (the code just used is consumed; ask the operator to issue a new one)");
    }
    out.println("[2/3] writing the store's secrets (mode 0600)");
    Path keyFile =
        config
            .get(AgentConfig.MESSAGE_KEY_FILE)
            .map(Path::of)
            .orElse(dataDir.resolve("message-key.json"));
    writeSecret(keyFile, enrollment.path("messageKey"));
    writeSecret(dataDir.resolve("receipt-keys.json"), enrollment.path("receiptKeys"));
    if (enrollment.path("policy").isObject()) {
      writeSecret(dataDir.resolve("policy.json"), enrollment.path("policy"));
    }
    out.println("[3/3] configuration: rebound.store-id=" + store);
    config.set(AgentConfig.STORE_ID, store);
    config.save();
    restartIfNeeded(
        layout, config, out, enrollment.path("policy").isObject() || !configured.equals(store));
    out.println(
        "enrolled store "
            + store
            + " (message key "
            + enrollment.path("messageKey").path("keyId").asText()
            + ")");
    out.flush();
    return ExitCodes.OK;
  }

  /** A new policy or store id is read at start; the message key is picked up live. */
  private static void restartIfNeeded(
      Layout layout, AgentConfig config, PrintWriter out, boolean needed) {
    AgentService service = AgentService.forLayout(layout);
    if (!needed || !service.running()) {
      return;
    }
    out.print("restarting the agent for the new policy/store id");
    out.flush();
    service.stop();
    service.start();
    if (!new AgentEndpoint(config).awaitReady(Duration.ofSeconds(90), out, service::running)) {
      throw new InstallerException(
          "the agent did not become ready after enrolling",
          "run 'rebound-agentctl doctor' and see the agent's log; enrollment itself is complete");
    }
  }

  private static void writeSecret(Path file, JsonNode content) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp);
      FileModes.restrict(tmp, "rw-------");
      Files.writeString(tmp, JSON.writeValueAsString(content), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InstallerException(
          "cannot write " + file + ": " + e.getMessage(),
          "check permissions on "
              + file.getParent()
              + "; the code is consumed, ask the operator for a new one after fixing",
          e);
    }
  }
}
