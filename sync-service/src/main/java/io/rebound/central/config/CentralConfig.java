package io.rebound.central.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of the sync service under the {@code rebound} prefix (env form {@code REBOUND_…}).
 * The PostgreSQL connection uses Quarkus' own keys {@code quarkus.datasource.jdbc.url|username|
 * password}; see {@link io.rebound.central.db.Database}.
 */
@ConfigMapping(prefix = "rebound")
public interface CentralConfig {

  /**
   * Directory for central's local state. When no {@code quarkus.datasource.jdbc.url} is set, the
   * embedded PostgreSQL keeps its data in {@code <data-dir>/pg} (kept across restarts).
   */
  @WithDefault("data/central")
  Path dataDir();

  /** MQTT broker connection and subscription. */
  Mqtt mqtt();

  /** Ingest pipeline sizing. */
  Ingest ingest();

  /** Store tracking (online status, gap warnings). */
  Stores stores();

  /** This instance's presence, announced to the stores. */
  Central central();

  /** Settings of central's database connection pool. */
  Db db();

  /** Payment gateway used for card refunds ({@code rebound.payment.*}). */
  PaymentConfig payment();

  /** ERP that books returns ({@code rebound.erp.*}). */
  ErpConfig erp();

  /** The refund and ERP process worker ({@code rebound.process.*}). */
  ProcessConfig process();

  /** Authentication and roles of the operators' API ({@code rebound.ops.*}). */
  OpsConfig ops();

  /** Message signatures of the stores ({@code rebound.security.*}). */
  SecurityConfig security();

  /** One-time enrollment codes for new store agents ({@code rebound.enrollment.*}). */
  EnrollmentConfig enrollment();

  /** The ops console's live fleet stream and backlog/lag history ({@code rebound.fleet.*}). */
  FleetConfig fleet();

  /** Money reconciliation runs: returns vs gateway vs ERP ({@code rebound.reconciliation.*}). */
  ReconciliationConfig reconciliation();

  /** MQTT settings. */
  interface Mqtt {
    /** Broker host name or address. */
    @WithDefault("localhost")
    String host();

    /** Broker TCP port. */
    @WithDefault("1883")
    int port();

    /**
     * MQTT client identifier; must differ per instance. Default {@code
     * rebound-central-<hostname>-<quarkus.http.port>}.
     */
    Optional<String> clientId();

    /**
     * Shared-subscription group: every instance in the same group receives a share of the events
     * ({@code $share/<group>/rebound/v1/stores/+/events}).
     */
    @WithDefault("rebound-central")
    String shareGroup();

    /**
     * How long the broker keeps this instance's session (and queues its QoS 1 messages) while it is
     * disconnected. ISO-8601 or a number with a unit, e.g. {@code 1D}, {@code 12H}.
     */
    @WithDefault("1D")
    Duration sessionExpiry();

    /**
     * MQTT user name (the project's ACL, docs/mosquitto/acl, knows {@code rebound-central}).
     * Absent: none is sent (a broker that allows anonymous clients).
     */
    Optional<String> username();

    /** MQTT password; prefer {@code rebound.mqtt.password-file}. */
    Optional<String> password();

    /** File whose first line is the MQTT password (read at startup); wins over the inline one. */
    Optional<java.nio.file.Path> passwordFile();

    /** Connect with TLS (the project's broker listens with TLS on 8883). */
    @WithDefault("false")
    boolean tlsEnabled();

    /** PEM CA certificate(s) to trust for the broker; absent: the JVM's default trust store. */
    Optional<java.nio.file.Path> tlsCaFile();

    /** Largest MQTT packet central accepts, in bytes (the broker drops bigger ones for us). */
    @WithDefault("1048576")
    int maxMessageBytes();
  }

  /** Ingest settings. */
  interface Ingest {
    /** Most events committed in one PostgreSQL transaction (1..10000). */
    @WithDefault("500")
    int batchSize();

    /**
     * Capacity of the in-memory queue between MQTT and the ingest worker. Also sent to the broker
     * as the MQTT receive maximum (at most 65535), so the broker never has more unacknowledged
     * messages in flight to this instance than the queue can hold. Mosquitto 2.0 can exceed a
     * client's receive maximum after a session resumes (it re-sends the old in-flight messages
     * without counting them), so keep its {@code max_inflight_messages} at most half of this value.
     */
    @WithDefault("65535")
    int queueCapacity();

    /** Longest pause between retries of a batch whose transaction failed (database down). */
    @WithDefault("10S")
    Duration maxRetryBackoff();
  }

  /** Store tracking settings. */
  interface Stores {
    /**
     * A store with no heartbeat or event for this long is shown offline, even if the broker never
     * delivered its last will.
     */
    @WithDefault("60S")
    Duration offlineAfter();

    /** A sequence gap that persists this long is logged as a warning (and again while it lasts). */
    @WithDefault("30S")
    Duration gapWarningAfter();
  }

  /** Presence settings ({@code rebound.central.*}). */
  interface Central {
    /**
     * Interval of this instance's retained {@code CentralStatus} heartbeat on {@code
     * rebound/v1/central/instances/{instanceId}/status}. Stores consider central unreachable after
     * their {@code rebound.upstream.central-timeout} (default 15s, three heartbeats) without one.
     */
    @WithDefault("5S")
    Duration heartbeatInterval();
  }

  /** Database pool settings. */
  interface Db {
    /** Maximum connections in central's pool. */
    @WithDefault("8")
    int poolSize();
  }
}
