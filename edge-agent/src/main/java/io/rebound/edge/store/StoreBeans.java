package io.rebound.edge.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.rebound.edge.config.EdgeConfig;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** CDI wiring of the store: one {@link Database}, one {@link WriteLane}, one {@link ReadPool}. */
@Singleton
public class StoreBeans {

  @Produces
  @Singleton
  Database database(EdgeConfig config) {
    return Database.open(config.dataDir());
  }

  void closeDatabase(@Disposes Database db) {
    db.close();
  }

  @Produces
  @Singleton
  WriteLane writeLane(Database db, EdgeConfig config, MeterRegistry registry) {
    return WriteLane.start(db, config.commit().maxBatch(), registry);
  }

  void closeWriteLane(@Disposes WriteLane lane) {
    lane.close();
  }

  @Produces
  @Singleton
  ReadPool readPool(Database db, EdgeConfig config) {
    return ReadPool.open(db, config.sqlite().readPoolSize());
  }

  void closeReadPool(@Disposes ReadPool pool) {
    pool.close();
  }

  /** Opens the database at startup so a bad file or pragma fails startup, not the first request. */
  void openAtStartup(@Observes StartupEvent event, WriteLane lane, ReadPool pool) {
    // injecting the beans creates them
  }
}
