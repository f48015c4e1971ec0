package io.rebound.installer.config;

import io.rebound.installer.InstallerException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The agent's properties file ({@code /etc/rebound/agent.properties}) as the CLI reads and writes
 * it.
 */
public final class AgentConfig {
  public static final String STORE_ID = "rebound.store-id";
  public static final String DATA_DIR = "rebound.data-dir";
  public static final String MQTT_HOST = "rebound.mqtt.host";
  public static final String MQTT_PORT = "rebound.mqtt.port";
  public static final String HTTP_PORT = "quarkus.http.port";
  public static final String TLS_CA_FILE = "rebound.mqtt.tls.ca-file";
  public static final String PASSWORD = "rebound.mqtt.password";
  public static final String PASSWORD_FILE = "rebound.mqtt.password-file";
  public static final String MESSAGE_KEY_FILE = "rebound.security.message-key-file";

  /**
   * The credential doctor sends to the agent's API ({@code Authorization: Bearer}); optional. Kept
   * in {@code agentctl.properties} next to the agent's file (mode 0600): the agent refuses unknown
   * {@code rebound.*} keys in its own file.
   */
  public static final String API_TOKEN = "api-token";

  /** The CLI's own settings file, next to the agent's. */
  public static final String CTL_FILE = "agentctl.properties";

  private final Path file;
  private final Properties values;

  private AgentConfig(Path file, Properties values) {
    this.file = file;
    this.values = values;
  }

  /** Reads the file; fails with a next step when the agent is not installed. */
  public static AgentConfig load(Path file) {
    return tryLoad(file)
        .orElseThrow(
            () ->
                new InstallerException(
                    "no agent configuration at " + file,
                    "run 'rebound-agentctl install' first (with the same --root)"));
  }

  public static Optional<AgentConfig> tryLoad(Path file) {
    Properties values = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InstallerException(
          "cannot read " + file + ": " + e.getMessage(), "check the file's permissions", e);
    }
    return Optional.of(new AgentConfig(file, values));
  }

  public static AgentConfig empty(Path file) {
    return new AgentConfig(file, new Properties());
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
  }

  public String require(String key) {
    return get(key)
        .orElseThrow(
            () ->
                new InstallerException(
                    file + " has no " + key,
                    "re-run 'rebound-agentctl install' with the store's values"));
  }

  public int port(String key, int fallback) {
    String value = get(key).orElse(Integer.toString(fallback));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InstallerException(
          key + " in " + file + " must be a port number, was '" + value + "'",
          "fix " + key + " in " + file);
    }
  }

  /** {@link #API_TOKEN} from {@code agentctl.properties}, if configured. */
  public Optional<String> apiToken() {
    return ctlSettings()
        .map(p -> p.getProperty(API_TOKEN))
        .map(String::trim)
        .filter(v -> !v.isEmpty());
  }

  /** The file holding the CLI's own settings ({@link #CTL_FILE}). */
  public Path ctlFile() {
    return file.resolveSibling(CTL_FILE);
  }

  private Optional<Properties> ctlSettings() {
    Properties ctl = new Properties();
    try (Reader in = Files.newBufferedReader(ctlFile(), StandardCharsets.UTF_8)) {
      ctl.load(in);
      return Optional.of(ctl);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InstallerException(
          "cannot read " + ctlFile() + ": " + e.getMessage(), "check the file's permissions", e);
    }
  }

  public void set(String key, String value) {
    values.setProperty(key, value);
  }

  /** Every key and value, sorted (for the support bundle, after redaction). */
  public TreeMap<String, String> entries() {
    TreeMap<String, String> sorted = new TreeMap<>();
    values.stringPropertyNames().forEach(k -> sorted.put(k, values.getProperty(k)));
    return sorted;
  }

  public Path file() {
    return file;
  }

  /** Writes the file with mode 0640 (it may hold the broker password). */
  public void save() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        out.write("# Rebound store agent configuration, written by rebound-agentctl\n");
        for (var e : entries().entrySet()) {
          out.write(escape(e.getKey()) + "=" + escape(e.getValue()) + "\n");
        }
      }
      FileModes.restrict(tmp, "rw-r-----");
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InstallerException(
          "cannot write " + file + ": " + e.getMessage(),
          "check that " + file.getParent() + " is writable (run as root, or use --root)",
          e);
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=").replace(":", "\\:");
  }
}
