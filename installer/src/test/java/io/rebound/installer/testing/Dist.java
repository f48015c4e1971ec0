package io.rebound.installer.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The packages the build made (installer/target/dist), as the tests find them. */
public final class Dist {
  private Dist() {}

  public static String version() {
    return System.getProperty("rebound.version", "0.1.0-SNAPSHOT");
  }

  public static Path dir() {
    return Path.of(System.getProperty("rebound.dist.dir", "target/dist")).toAbsolutePath();
  }

  public static Path distribution() {
    return existing(dir().resolve("rebound-agent-" + version()));
  }

  public static Path tarball() {
    return existing(dir().resolve("rebound-agent-" + version() + ".tar.gz"));
  }

  public static Path deb() {
    return existing(dir().resolve("rebound-agent_" + version().replace('-', '~') + "_all.deb"));
  }

  private static Path existing(Path p) {
    if (!Files.exists(p)) {
      throw new IllegalStateException(
          p + " is missing: run the tests through Maven (they need the package phase)");
    }
    return p;
  }
}
