package io.rebound.installer.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.installer.config.AgentConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes secrets from what goes into a support bundle: configuration values whose key names a
 * secret, and every known secret value (broker password and password file, message key, API token)
 * wherever it appears in text (logs included).
 */
final class Redactor {
  static final String MASK = "[redacted]";
  private static final Pattern SECRET_KEY =
      Pattern.compile("(?i).*(password|secret|token|credential|private).*");
  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  static Redactor forConfig(AgentConfig config, Path dataDir) {
    List<String> secrets = new ArrayList<>();
    for (Map.Entry<String, String> e : config.entries().entrySet()) {
      if (SECRET_KEY.matcher(e.getKey()).matches() && !e.getKey().endsWith("-file")) {
        addIfUseful(secrets, e.getValue());
      }
    }
    config.apiToken().ifPresent(t -> addIfUseful(secrets, t));
    config
        .get(AgentConfig.PASSWORD_FILE)
        .map(Path::of)
        .flatMap(Redactor::firstLine)
        .ifPresent(s -> addIfUseful(secrets, s));
    Path keyFile =
        config
            .get(AgentConfig.MESSAGE_KEY_FILE)
            .map(Path::of)
            .orElse(dataDir.resolve("message-key.json"));
    messageKeySecret(keyFile).ifPresent(s -> addIfUseful(secrets, s));
    return new Redactor(List.copyOf(secrets));
  }

  /** The configuration as text, secret-named values masked. */
  String properties(AgentConfig config) {
    StringBuilder text = new StringBuilder();
    config
        .entries()
        .forEach(
            (k, v) ->
                text.append(k)
                    .append('=')
                    .append(SECRET_KEY.matcher(k).matches() && !k.endsWith("-file") ? MASK : v)
                    .append('\n'));
    return text(text.toString());
  }

  /** Any text with every known secret value masked. */
  String text(String text) {
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  private static void addIfUseful(List<String> secrets, String value) {
    if (value != null && value.trim().length() >= 4) {
      secrets.add(value.trim());
    }
  }

  private static Optional<String> firstLine(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> messageKeySecret(Path file) {
    try {
      JsonNode node = new ObjectMapper().readTree(file.toFile());
      return Optional.ofNullable(node.path("secret").textValue());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
