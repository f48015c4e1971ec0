package io.rebound.installer.preflight;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the machine, shared by install's preflight and doctor. */
public final class HostChecks {
  /** Filesystems SQLite's locking and fsync are not safe on. */
  private static final Set<String> REMOTE_FS =
      Set.of(
          "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "glusterfs", "ceph");

  private HostChecks() {}

  /**
   * The Java the agent's launcher will use ({@code JAVA}, else {@code JAVA_HOME/bin/java}, else
   * {@code java} on the PATH) must be 17 or later.
   */
  public static Check javaRuntime() {
    String javaCmd = launcherJava();
    try {
      Process p = new ProcessBuilder(javaCmd, "-version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return Check.fail("java", javaCmd + " -version failed", "install openjdk-17-jre-headless");
      }
      Matcher m = Pattern.compile("version \"(\\d+)").matcher(out);
      int feature = m.find() ? Integer.parseInt(m.group(1)) : 0;
      String line = out.lines().findFirst().orElse("").trim();
      return feature >= 17
          ? Check.ok("java", line + " (17 or later required)")
          : Check.fail(
              "java",
              javaCmd + ": " + line,
              "install openjdk-17-jre-headless or set JAVA_HOME to a Java 17+");
    } catch (IOException e) {
      return Check.fail(
          "java",
          "no Java runtime (" + javaCmd + ")",
          "install openjdk-17-jre-headless or set JAVA_HOME");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Check.fail("java", "interrupted", "run again");
    }
  }

  private static String launcherJava() {
    String java = System.getenv("JAVA");
    if (java != null && !java.isBlank()) {
      return java;
    }
    String home = System.getenv("JAVA_HOME");
    return home != null && !home.isBlank() ? Path.of(home, "bin", "java").toString() : "java";
  }

  public static Check disk(Path dir, long minFreeMb) {
    Path existing = nearestExisting(dir);
    try {
      long freeMb = Files.getFileStore(existing).getUsableSpace() / (1024 * 1024);
      String detail = freeMb + " MB free for " + dir;
      return freeMb >= minFreeMb
          ? Check.ok("disk", detail)
          : Check.fail(
              "disk",
              detail + " (at least " + minFreeMb + " MB needed)",
              "free disk space on the filesystem of " + existing);
    } catch (IOException e) {
      return Check.fail(
          "disk",
          "cannot read free space of " + existing + ": " + e.getMessage(),
          "check that the path exists");
    }
  }

  /**
   * The data directory must be on a local filesystem: SQLite's WAL needs working locks and fsync.
   */
  public static Check localFilesystem(Path dir) {
    String path = nearestExisting(dir).toAbsolutePath().normalize().toString();
    try {
      List<String> mounts = Files.readAllLines(Path.of("/proc/mounts"), StandardCharsets.UTF_8);
      String bestPoint = "";
      String bestType = "unknown";
      for (String line : mounts) {
        String[] f = line.split(" ");
        if (f.length < 3) {
          continue;
        }
        String point = f[1].replace("\\040", " ");
        boolean contains =
            path.equals(point) || path.startsWith(point.endsWith("/") ? point : point + "/");
        if (contains && point.length() >= bestPoint.length()) {
          bestPoint = point;
          bestType = f[2];
        }
      }
      String detail = dir + " is on " + bestType + " (" + bestPoint + ")";
      return REMOTE_FS.contains(bestType)
          ? Check.fail("filesystem", detail, "use a data directory on a local disk (--data-dir)")
          : Check.ok("filesystem", detail);
    } catch (IOException e) {
      return Check.warn(
          "filesystem", "cannot read /proc/mounts", "make sure " + dir + " is on a local disk");
    }
  }

  public static Check portFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
      return Check.ok("port", "HTTP port " + port + " is free");
    } catch (IOException e) {
      return Check.fail(
          "port",
          "HTTP port " + port + " is in use",
          "stop what listens on it (ss -ltnp) or choose another with --http-port");
    }
  }

  /** Clock synchronisation as systemd-timedated reports it, when that is available. */
  public static Check clockSync() {
    try {
      Process p =
          new ProcessBuilder("timedatectl", "show", "-p", "NTPSynchronized", "--value")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(3, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return Check.warn(
            "clock",
            "clock synchronisation not detectable",
            "make sure NTP runs (timedatectl set-ntp true)");
      }
      return "yes".equals(out)
          ? Check.ok("clock", "NTP synchronised")
          : Check.warn(
              "clock", "clock not NTP-synchronised", "enable NTP: timedatectl set-ntp true");
    } catch (IOException e) {
      return Check.warn(
          "clock",
          "clock synchronisation not detectable (no timedatectl)",
          "make sure NTP runs on this machine");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Check.warn("clock", "interrupted", "run again");
    }
  }

  public static Check brokerReachable(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 2000);
      return Check.ok("broker", "broker " + host + ":" + port + " accepts connections");
    } catch (IOException e) {
      return Check.warn(
          "broker",
          "broker " + host + ":" + port + " unreachable (" + e.getMessage() + ")",
          "check the WAN link and rebound.mqtt.host/port; the store keeps accepting returns meanwhile");
    }
  }

  static Path nearestExisting(Path dir) {
    Path p = dir.toAbsolutePath().normalize();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p == null ? Path.of("/") : p;
  }
}
