package io.rebound.edge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void opened_database_runs_in_wal_mode_with_full_synchronous_writes() throws SQLException {
    Database db = Database.open(dir);
    try (Connection c = db.openWriteConnection();
        Statement s = c.createStatement()) {
      assertThat(Database.single(s, "PRAGMA journal_mode")).isEqualTo("wal");
      assertThat(Database.single(s, "PRAGMA synchronous")).isEqualTo("2");
      assertThat(Database.single(s, "PRAGMA busy_timeout")).isEqualTo("5000");
    }
    assertThat(db.file()).isEqualTo(dir.toAbsolutePath().resolve("edge.db"));
  }

  @Test
  void read_connections_wait_for_a_lock_as_long_as_the_writer() throws SQLException {
    Database db = Database.open(dir);
    try (Connection c = db.openReadConnection();
        Statement s = c.createStatement()) {
      assertThat(Database.single(s, "PRAGMA busy_timeout")).isEqualTo("5000");
    }
  }

  @Test
  void migrations_bring_a_new_file_to_head_and_record_the_version() throws SQLException {
    Database db = Database.open(dir);
    assertThat(db.atHead()).isTrue();
    try (Connection c = db.openReadConnection();
        Statement s = c.createStatement()) {
      assertThat(Database.single(s, "PRAGMA user_version"))
          .isEqualTo(String.valueOf(Migrations.head()));
      assertThat(Database.single(s, "SELECT count(*) FROM sqlite_master WHERE name = 'outbox'"))
          .isEqualTo("1");
    }
  }

  @Test
  void every_migration_resource_is_registered_in_order() throws IOException {
    Path migrations = Path.of("src/main/resources/db/migration");
    List<String> files;
    try (Stream<Path> list = Files.list(migrations)) {
      // by version, not by name: V11 sorts before V2 as text
      files =
          list.map(p -> p.getFileName().toString())
              .sorted(Comparator.comparingInt(Migrations::version))
              .toList();
    }
    assertThat(files).containsExactlyElementsOf(Migrations.SCRIPTS);
    int previous = 0;
    for (String script : Migrations.SCRIPTS) {
      assertThat(Migrations.version(script)).as(script).isGreaterThan(previous);
      previous = Migrations.version(script);
    }
  }

  @Test
  void rows_persist_when_the_database_is_closed_and_reopened() throws Exception {
    Database first = Database.open(dir);
    WriteLane lane = WriteLane.start(first, 8, new SimpleMeterRegistry());
    lane.submit(c -> insertOutboxRow(c, 1)).get();
    lane.close();
    first.close();

    Database second = Database.open(dir);
    try (ReadPool pool = ReadPool.open(second, 1)) {
      assertThat(pool.<Integer>read(c -> count(c, "outbox"))).isEqualTo(1);
    }
    assertThat(second.schemaVersion()).isEqualTo(Migrations.head());
  }

  @Test
  void a_schema_newer_than_the_agent_fails_startup_naming_both_versions() throws SQLException {
    Database.open(dir);
    try (Connection c =
            new JDBC().connect("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME), new Properties());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> Database.open(dir))
        .isInstanceOf(StorageSetupException.class)
        .hasMessageContaining("v99")
        .hasMessageContaining("v" + Migrations.head());
  }

  @Test
  void an_unusable_data_dir_fails_startup_naming_the_key() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThatThrownBy(() -> Database.open(file.resolve("sub")))
        .isInstanceOf(StorageSetupException.class)
        .hasMessageContaining("rebound.data-dir");
  }

  static int insertOutboxRow(Connection c, long sequence) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(
          "INSERT INTO outbox (sequence, event_id, event_type, envelope, state, created_at)"
              + " VALUES ("
              + sequence
              + ", 'e"
              + sequence
              + "', 'return.accepted', x'7b7d', 'PENDING', 0)");
    }
  }

  static int count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
