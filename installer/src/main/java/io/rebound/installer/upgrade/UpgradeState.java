package io.rebound.installer.upgrade;

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

/**
 * What the last upgrade left for a rollback ({@code /opt/rebound-agent/upgrade.properties}): the
 * previous version, its database backup and the highest outbox sequence in that backup.
 */
record UpgradeState(
    String previousVersion, String upgradedVersion, Path backup, long backupSequence) {

  static Optional<UpgradeState> load(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InstallerException(
          "cannot read " + file + ": " + e.getMessage(), "check its permissions", e);
    }
    return Optional.of(
        new UpgradeState(
            p.getProperty("previous-version"),
            p.getProperty("upgraded-version"),
            Path.of(p.getProperty("backup")),
            Long.parseLong(p.getProperty("backup-sequence", "0"))));
  }

  void save(Path file) {
    Properties p = new Properties();
    p.setProperty("previous-version", previousVersion);
    p.setProperty("upgraded-version", upgradedVersion);
    p.setProperty("backup", backup.toString());
    p.setProperty("backup-sequence", Long.toString(backupSequence));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(out, "last rebound-agentctl upgrade; used by rollback");
    } catch (IOException e) {
      throw new InstallerException(
          "cannot write " + file + ": " + e.getMessage(),
          "check permissions on " + file.getParent(),
          e);
    }
  }
}
