package io.rebound.e2e.harness;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the repository root (system property {@code rebound.e2e.root}, else the first
 * ancestor of the working directory holding {@code edge-agent/} and {@code sync-service/}), the
 * packaged apps, and per-test log and data directories under {@code e2e/target/}.
 */
public final class Workspace {
  private static final String ROOT_PROPERTY = "rebound.e2e.root";
  private static final Path APP_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

  private Workspace() {}

  public static Path root() {
    String configured = System.getProperty(ROOT_PROPERTY);
    if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (isRoot(p)) {
        return p;
      }
    }
    throw new HarnessException(
        "cannot find the Rebound repository root (with edge-agent/ and sync-service/) above "
            + Path.of("").toAbsolutePath()
            + "; set -D"
            + ROOT_PROPERTY);
  }

  private static boolean isRoot(Path p) {
    return Files.isDirectory(p.resolve("edge-agent"))
        && Files.isDirectory(p.resolve("sync-service"));
  }

  public static Path agentJar() {
    return packaged("edge-agent");
  }

  public static Path centralJar() {
    return packaged("sync-service");
  }

  private static Path packaged(String module) {
    Path jar = root().resolve(module).resolve(APP_JAR);
    if (!Files.isRegularFile(jar)) {
      throw new HarnessException(
          jar + " is missing: build the apps first (mvn -B -DskipTests install at the repo root)");
    }
    return jar;
  }

  /** {@code e2e/target/e2e-logs/<testName>/}, emptied and created. */
  public static Path freshLogDir(String testName) {
    Path dir = root().resolve("e2e/target/e2e-logs").resolve(safe(testName));
    deleteRecursively(dir);
    return created(dir);
  }

  /** {@code e2e/target/e2e-data/<testName>/}, emptied and created. */
  public static Path freshDataDir(String testName) {
    Path dir = root().resolve("e2e/target/e2e-data").resolve(safe(testName));
    deleteRecursively(dir);
    return created(dir);
  }

  /** Deletes {@code dir} and everything under it, if it exists. */
  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (java.io.IOException e) {
      throw new HarnessException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }

  static Path created(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new HarnessException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
