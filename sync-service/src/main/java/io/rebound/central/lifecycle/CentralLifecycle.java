package io.rebound.central.lifecycle;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.ConfigCheck;
import io.rebound.central.db.Database;
import io.rebound.central.ingest.IngestWorker;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.central.presence.PresencePublisher;
import io.rebound.central.process.adapters.AdapterSelection;
import io.rebound.central.process.engine.ProcessWorker;
import io.rebound.central.security.OpsBootstrap;
import io.rebound.central.stores.GapMonitor;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Starts the parts in dependency order — adapter selection check, database (and schema, and the
 * first ops user), ingest worker, gap monitor, MQTT (with the presence last will), presence
 * heartbeat, process worker — and stops them in reverse: presence first (OFFLINE announced while
 * connected), the process worker, the ingest worker (messages it has not committed stay
 * unacknowledged at the broker), then MQTT, then the database.
 */
@Singleton
public class CentralLifecycle {
  private final CentralConfig config;
  private final Database database;
  private final IngestWorker worker;
  private final GapMonitor gaps;
  private final MqttConnection mqtt;
  private final PresencePublisher presence;
  private final AdapterSelection adapters;
  private final ProcessWorker process;
  private final OpsBootstrap opsBootstrap;

  @Inject
  public CentralLifecycle(
      CentralConfig config,
      Database database,
      IngestWorker worker,
      GapMonitor gaps,
      MqttConnection mqtt,
      PresencePublisher presence,
      AdapterSelection adapters,
      ProcessWorker process,
      OpsBootstrap opsBootstrap) {
    this.config = config;
    this.database = database;
    this.worker = worker;
    this.gaps = gaps;
    this.mqtt = mqtt;
    this.presence = presence;
    this.adapters = adapters;
    this.process = process;
    this.opsBootstrap = opsBootstrap;
  }

  void onStart(@Observes StartupEvent event) {
    ConfigCheck.validate(config);
    adapters.validate();
    database.start();
    opsBootstrap.run();
    worker.start();
    gaps.start();
    presence.prepare();
    mqtt.start();
    presence.start();
    process.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    presence.stop();
    process.stop();
    worker.stop();
    gaps.stop();
    mqtt.stop();
    database.stop();
  }
}
