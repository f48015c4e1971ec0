package io.rebound.central.commands;

import io.rebound.central.db.Database;
import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The stores central knows (tracked by ingest, or given a policy): who gets receipt keys. */
@Singleton
public class CommandTargets {
  private final Database database;

  public CommandTargets(Database database) {
    this.database = database;
  }

  public List<StoreId> knownStores() {
    return database.read(
        c -> {
          List<StoreId> stores = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT store_id FROM stores UNION SELECT store_id FROM store_policies"
                          + " ORDER BY 1");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              stores.add(StoreId.of(rs.getString(1)));
            }
          }
          return stores;
        });
  }
}
