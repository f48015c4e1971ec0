package io.rebound.edge.security.tls;

import io.rebound.edge.security.SecuritySetupException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The agent's PKCS#12 key store ({@code agent.p12}) and its password file ({@code
 * keystore.password}, owner-only) in one directory; a missing store is generated with the JDK's
 * keytool: EC P-256 key, self-signed, SAN localhost + 127.0.0.1 + the configured host names.
 */
public record AgentKeyStore(Path file, String password) {
  static final String FILE = "agent.p12";
  static final String PASSWORD_FILE = "keystore.password";

  /** The store in {@code dir}, generated first if missing. */
  public static AgentKeyStore ensure(Path dir, String storeId, String hostNames, int validityDays) {
    Path file = dir.resolve(FILE);
    Path passwordFile = dir.resolve(PASSWORD_FILE);
    try {
      if (Files.exists(file) && Files.exists(passwordFile)) {
        return new AgentKeyStore(
            file, Files.readString(passwordFile, StandardCharsets.UTF_8).strip());
      }
      Files.createDirectories(dir);
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Files.deleteIfExists(file);
      keytool(file, password, storeId, hostNames, validityDays);
      Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
      ownerOnly(passwordFile);
      ownerOnly(file);
      return new AgentKeyStore(file, password);
    } catch (IOException e) {
      throw new SecuritySetupException(
          "rebound.http.tls: cannot create " + file + ": " + e.getMessage());
    }
  }

  private static void keytool(
      Path file, String password, String storeId, String hostNames, int validityDays)
      throws IOException {
    List<String> san = new ArrayList<>(List.of("dns:localhost", "ip:127.0.0.1"));
    for (String host : hostNames.split(",")) {
      String h = host.strip();
      if (!h.isEmpty() && !h.equals("localhost")) {
        san.add((h.matches("[0-9.]+") ? "ip:" : "dns:") + h);
      }
    }
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair",
            "-alias",
            "rebound-agent",
            "-keyalg",
            "EC",
            "-groupname",
            "secp256r1",
            "-sigalg",
            "SHA256withECDSA",
            "-dname",
            "CN=rebound-agent " + storeId,
            "-ext",
            "SAN=" + String.join(",", san),
            "-validity",
            String.valueOf(validityDays),
            "-storetype",
            "PKCS12",
            "-keystore",
            file.toString(),
            "-storepass",
            password,
            "-keypass",
            password);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new SecuritySetupException("rebound.http.tls: keytool failed: " + out.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SecuritySetupException("rebound.http.tls: interrupted while generating " + file);
    }
  }

  private static void ownerOnly(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the default permissions
    }
  }
}
