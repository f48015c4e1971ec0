package io.rebound.edge.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.rebound.testing.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh data directory and the app's log written (at DEBUG) to a file that the test scans. The
 * HTTP access log stays off, as in production: it would print request paths verbatim.
 */
public class CardDataProfile implements QuarkusTestProfile {
  /** Under target/, not java.io.tmpdir: a temp name's random digits could pass the Luhn check. */
  static final Path DIR = freshDir(Path.of("target", "card-data-test").toAbsolutePath());

  private static Path freshDir(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(CardDataProfile::delete);
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path dataDir() {
    return DIR.resolve("data");
  }

  static Path logFile() {
    return DIR.resolve("logs/agent.log");
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rebound.data-dir",
        dataDir().toString(),
        "rebound.mqtt.port",
        String.valueOf(FreePort.find()),
        "quarkus.log.file.enabled",
        "true",
        "quarkus.log.file.path",
        logFile().toString(),
        "quarkus.log.category.\"io.rebound\".level",
        "DEBUG");
  }
}
