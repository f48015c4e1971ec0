package io.rebound.installer.install;

import io.rebound.installer.InstallerException;
import io.rebound.installer.layout.Layout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The installed versions, side by side under {@code versions/}, and the {@code current} symlink. A
 * package is a distribution directory or its {@code rebound-agent-<version>.tar.gz}.
 */
public final class Releases {
  private final Layout layout;
  private final PrintWriter out;

  public Releases(Layout layout, PrintWriter out) {
    this.layout = layout;
    this.out = out;
  }

  /** Installs the package's version (re-installing the same version replaces it) and returns it. */
  public String add(Path pkg) {
    Path source = Files.isDirectory(pkg) ? pkg : unpack(pkg);
    String version = versionOf(source);
    Path target = layout.version(version);
    if (target.equals(currentDir().orElse(null)) && Files.exists(target.resolve("VERSION"))) {
      out.println("version " + version + " is already the current one; files left as they are");
      return version;
    }
    out.println("installing version " + version + " into " + target);
    try {
      Path staging = layout.versionsDir().resolve("." + version + ".staging");
      deleteTree(staging);
      copyTree(source, staging);
      deleteTree(target);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      if (!source.equals(pkg)) {
        deleteTree(source.getParent());
      }
    } catch (IOException e) {
      throw new InstallerException(
          "cannot install " + pkg + " into " + target + ": " + e.getMessage(),
          "check free space and permissions, then run the same command again (it is safe to re-run)",
          e);
    }
    return version;
  }

  /** Points {@code current} at the version (atomically: a new link renamed over the old). */
  public void activate(String version) {
    Path target = layout.version(version);
    if (!Files.isDirectory(target)) {
      throw new InstallerException(
          "version " + version + " is not installed under " + layout.versionsDir(),
          "install it first");
    }
    try {
      Path link = layout.current();
      Path tmp = link.resolveSibling(".current.tmp");
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, layout.optDir().relativize(target));
      Files.move(tmp, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InstallerException(
          "cannot switch " + layout.current() + " to " + version + ": " + e.getMessage(),
          "check permissions on " + layout.optDir(),
          e);
    }
  }

  public Optional<String> currentVersion() {
    return currentDir().map(Releases::versionOf);
  }

  private Optional<Path> currentDir() {
    try {
      return Files.isDirectory(layout.current())
          ? Optional.of(layout.current().toRealPath())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public static String versionOf(Path dist) {
    try {
      return Files.readString(dist.resolve("VERSION"), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new InstallerException(
          dist + " is not a rebound-agent package (no VERSION file)",
          "pass the rebound-agent-<version>.tar.gz or its unpacked directory");
    }
  }

  private Path unpack(Path tarball) {
    if (!Files.isRegularFile(tarball)) {
      throw new InstallerException(
          "package " + tarball + " not found", "pass the path of rebound-agent-<version>.tar.gz");
    }
    try {
      Files.createDirectories(layout.versionsDir());
      Path dir = Files.createTempDirectory(layout.versionsDir(), ".unpack");
      Process tar =
          new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", dir.toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (tar.waitFor() != 0) {
        throw new InstallerException(
            "cannot unpack " + tarball + ": " + output.trim(),
            "download the package again (it may be truncated)");
      }
      try (Stream<Path> entries = Files.list(dir)) {
        return entries
            .filter(Files::isDirectory)
            .findFirst()
            .orElseThrow(
                () ->
                    new InstallerException(
                        tarball + " holds no distribution directory",
                        "pass a rebound-agent-<version>.tar.gz built by the project"));
      }
    } catch (IOException e) {
      throw new InstallerException(
          "cannot unpack " + tarball + ": " + e.getMessage(), "check free space", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallerException("interrupted while unpacking", "run the command again");
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(
              p, dest, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  /** Deletes a directory tree; a missing one is fine. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
