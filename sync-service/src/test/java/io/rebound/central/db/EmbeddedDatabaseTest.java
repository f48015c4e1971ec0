package io.rebound.central.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded-default mode: no {@code quarkus.datasource.jdbc.url}, real PostgreSQL binaries. */
class EmbeddedDatabaseTest {
  @TempDir Path dataDir;

  @Test
  void embedded_default_starts_migrates_and_keeps_data_across_restarts() throws Exception {
    Database first = EmbeddedDefaults.database(dataDir);
    first.start();
    assertThat(first.state()).isEqualTo(DatabaseState.UP);
    assertThat(first.ping()).isTrue();
    EmbeddedDefaults.addStore(first, "kept-store");
    first.stop();
    assertThat(StalePostmaster.find(dataDir.resolve("pg"))).isEmpty();

    Database second = EmbeddedDefaults.database(dataDir);
    second.start();
    try {
      assertThat(EmbeddedDefaults.hasStore(second, "kept-store")).isTrue();
      assertThat(fsyncSetting(second)).isEqualTo("on");
    } finally {
      second.stop();
    }
  }

  @Test
  void postmaster_left_by_a_killed_central_is_reclaimed_without_losing_commits() throws Exception {
    Process child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    KilledCentral.class.getName(),
                    dataDir.toString(),
                    "committed-before-kill"))
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("child.log").toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(dataDir.resolve("child.log"))).contains("COMMITTED");
    assertThat(StalePostmaster.find(dataDir.resolve("pg"))).isPresent();

    Database restarted = EmbeddedDefaults.database(dataDir);
    restarted.start();
    try {
      assertThat(restarted.state()).isEqualTo(DatabaseState.UP);
      assertThat(EmbeddedDefaults.hasStore(restarted, "committed-before-kill")).isTrue();
    } finally {
      restarted.stop();
    }
    assertThat(StalePostmaster.find(dataDir.resolve("pg"))).isEmpty();
  }

  private static String fsyncSetting(Database db) {
    return db.read(
        c -> {
          try (var rs = c.createStatement().executeQuery("SHOW fsync")) {
            rs.next();
            return rs.getString(1);
          }
        });
  }
}
