package io.rebound.e2e.harness;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to launch one packaged Quarkus app: {@code java <jvmOptions> -D<key>=<value>... -jar jar}.
 * Immutable; {@link #with} and {@link #without} return changed copies (e.g. to restart an agent
 * without its fault-injection key).
 *
 * @param name short name used in log file names and messages, e.g. {@code agent-store-1}
 * @param jar the {@code quarkus-run.jar} to run
 * @param httpPort the value of {@code quarkus.http.port}; health and API calls go there
 * @param properties system properties, in order
 * @param jvmOptions options before {@code -jar}, e.g. {@code -Xmx256m}
 * @param logFile where stdout and stderr are appended, across restarts
 */
public record AppConfig(
    String name,
    Path jar,
    int httpPort,
    Map<String, String> properties,
    List<String> jvmOptions,
    Path logFile) {

  /** JVM options used unless a caller gives others: small heap, quick start. */
  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  public AppConfig {
    properties = Map.copyOf(properties);
    jvmOptions = List.copyOf(jvmOptions);
  }

  public static AppConfig of(String name, Path jar, int httpPort, Path logFile) {
    return new AppConfig(
        name,
        jar,
        httpPort,
        Map.of("quarkus.http.port", Integer.toString(httpPort)),
        DEFAULT_JVM_OPTIONS,
        logFile);
  }

  public AppConfig with(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(properties);
    copy.put(key, value);
    return new AppConfig(name, jar, httpPort, copy, jvmOptions, logFile);
  }

  public AppConfig with(Map<String, String> more) {
    Map<String, String> copy = new LinkedHashMap<>(properties);
    copy.putAll(more);
    return new AppConfig(name, jar, httpPort, copy, jvmOptions, logFile);
  }

  public AppConfig without(String key) {
    Map<String, String> copy = new LinkedHashMap<>(properties);
    copy.remove(key);
    return new AppConfig(name, jar, httpPort, copy, jvmOptions, logFile);
  }

  public AppConfig withJvmOptions(List<String> options) {
    return new AppConfig(name, jar, httpPort, properties, options, logFile);
  }

  /** The full command line. */
  public List<String> command() {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    new java.util.TreeMap<>(properties).forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-jar");
    cmd.add(jar.toString());
    return cmd;
  }
}
