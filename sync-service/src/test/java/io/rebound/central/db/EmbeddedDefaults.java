package io.rebound.central.db;

import io.quarkus.runtime.configuration.DurationConverter;
import io.rebound.central.config.CentralConfig;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/** Central's database exactly as the app builds it with no datasource URL configured. */
final class EmbeddedDefaults {
  private EmbeddedDefaults() {}

  static Database database(Path dataDir) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(CentralConfig.class)
            .withConverter(Duration.class, 100, new DurationConverter())
            .withDefaultValue("rebound.data-dir", dataDir.toString())
            .build();
    return new Database(
        config.getConfigMapping(CentralConfig.class),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "central-db-test");
  }

  static void addStore(Database db, String storeId) throws Exception {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO stores (store_id) VALUES (?)")) {
            ps.setString(1, storeId);
            return ps.executeUpdate();
          }
        });
  }

  static boolean hasStore(Database db, String storeId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT count(*) FROM stores WHERE store_id = ?")) {
            ps.setString(1, storeId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1) == 1;
            }
          }
        });
  }
}
