package io.rebound.central.db;

import java.nio.file.Path;

/**
 * Child-process main for {@link EmbeddedDatabaseTest}: starts the embedded default database on
 * {@code args[0]}, commits a store row {@code args[1]}, then dies like {@code kill -9} (no shutdown
 * hooks), leaving its postmaster behind.
 */
public final class KilledCentral {
  private KilledCentral() {}

  public static void main(String[] args) throws Exception {
    Database db = EmbeddedDefaults.database(Path.of(args[0]));
    db.start();
    EmbeddedDefaults.addStore(db, args[1]);
    System.out.println("COMMITTED");
    System.out.flush();
    Runtime.getRuntime().halt(137);
  }
}
