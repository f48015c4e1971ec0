package io.rebound.central.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.db.Sql;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backlog/lag history stays bounded: per-store sample interval and retention. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class MetricSamplerTest {
  @Inject MetricSampler sampler;
  @Inject Database database;

  private static StoreStatus status(StoreId store, ConnectionState state, long backlog) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new StoreStatus(store, state, now, now, "1.0.0", backlog, backlog * 2);
  }

  @Test
  void statuses_within_the_sample_interval_are_sampled_once_unless_the_store_changes_state() {
    StoreId store = TestEvents.newStore("sampler");
    // %test sample-interval is 1 s: these three arrive well within it
    sampler.sample(List.of(status(store, ConnectionState.ONLINE, 1)));
    sampler.sample(List.of(status(store, ConnectionState.ONLINE, 2)));
    sampler.sample(List.of(status(store, ConnectionState.OFFLINE, 3)));

    assertThat(samples(store)).containsExactly("1/true", "3/false");
  }

  @Test
  void samples_older_than_the_retention_are_deleted_and_newer_ones_kept() throws Exception {
    StoreId store = TestEvents.newStore("retention");
    Instant now = Instant.now();
    insert(store, now.minus(Duration.ofDays(8)), 5);
    insert(store, now.minus(Duration.ofDays(6)), 6);

    database.inTransaction(
        c -> {
          sampler.purge(c, now);
          return null;
        });

    assertThat(samples(store)).containsExactly("6/true");
  }

  private void insert(StoreId store, Instant at, long backlog) throws Exception {
    database.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO store_metric_samples VALUES (?, ?, ?, 0, true)")) {
            ps.setString(1, store.value());
            Sql.setInstant(ps, 2, at);
            ps.setLong(3, backlog);
            return ps.executeUpdate();
          }
        });
  }

  private List<String> samples(StoreId store) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT backlog, online FROM store_metric_samples WHERE store_id = ?"
                      + " ORDER BY sampled_at")) {
            ps.setString(1, store.value());
            List<String> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(rs.getLong(1) + "/" + rs.getBoolean(2));
              }
            }
            return found;
          }
        });
  }
}
