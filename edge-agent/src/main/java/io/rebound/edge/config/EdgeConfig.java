package io.rebound.edge.config;

import io.rebound.protocols.ids.StoreId;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The edge agent's whole configuration under {@code rebound.*}. Every key has a default so the
 * agent starts with no configuration; env form {@code REBOUND_STORE_ID} etc. works too.
 */
@ConfigMapping(prefix = "rebound")
public interface EdgeConfig {

  /** This store's id: lower-case letters, digits, inner dashes; also the MQTT topic level. */
  @WithDefault("store-1")
  StoreId storeId();

  /** Directory holding the agent's SQLite database {@code edge.db}; created if missing. */
  @WithDefault("data/edge")
  Path dataDir();

  /** Version reported in the retained status message. */
  @WithDefault("${quarkus.application.version:0.1.0}")
  String agentVersion();

  /** MQTT 5 connection to the broker. */
  Mqtt mqtt();

  /** Outbox relay tuning. */
  Outbox outbox();

  /** Retained status heartbeat. */
  Status status();

  /** Upstream health model (central presence). */
  Upstream upstream();

  /** SQLite group commit. */
  Commit commit();

  /** SQLite connections. */
  Sqlite sqlite();

  /** The store's returns policy. */
  Policy policy();

  /** Terminals, staff accounts, sessions, rate limits. */
  SecurityConfig security();

  /** The POS-facing HTTP server (HTTPS). */
  HttpConfig http();

  /** Test-only fault injection; leave unset in production. */
  Fault fault();

  /** Store-credit number blocks reserved from central. */
  CreditConfig credit();

  /** Refunds decided with central while ONLINE. */
  RefundConfig refund();

  /** The store manager's screen ({@code /ui/}): pending queue and its live stream. */
  UiConfig ui();

  /** How returns' refunds and ERP postings ended at central, pulled by the agent. */
  UpdatesConfig updates();

  /** MQTT 5 connection settings ({@code rebound.mqtt.*}). */
  interface Mqtt {
    /** Broker host name. */
    @WithDefault("localhost")
    String host();

    /** Broker TCP port. */
    @WithDefault("1883")
    int port();

    /** MQTT client id; absent means {@code rebound-edge-<storeId>} (see {@link #clientIdFor}). */
    Optional<String> clientId();

    /** Persistent-session expiry requested from the broker (clean start false). */
    @WithDefault("7d")
    Duration sessionExpiry();

    /** First reconnect delay after a lost connection; doubles with jitter up to the max. */
    @WithDefault("500ms")
    Duration reconnectInitialDelay();

    /** Upper bound of the reconnect delay. */
    @WithDefault("30s")
    Duration reconnectMaxDelay();

    /** Timeout of one connect attempt. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** The configured client id, or the one derived from the store id. */
    /**
     * MQTT user name. Default: the store id (the project's Mosquitto ACL grants each store its own
     * topics through {@code pattern} rules on {@code %u}). Sent when this or a password is
     * configured; with neither the agent connects anonymously (development brokers).
     */
    Optional<String> username();

    /** MQTT password. Prefer {@code rebound.mqtt.password-file}; absent: none is sent. */
    Optional<String> password();

    /**
     * File holding the MQTT password (first line, trailing whitespace ignored); read at startup.
     * Wins over {@code rebound.mqtt.password}.
     */
    Optional<Path> passwordFile();

    /** TLS to the broker ({@code rebound.mqtt.tls.*}). */
    MqttTlsConfig tls();

    static String usernameFor(Mqtt mqtt, StoreId storeId) {
      return mqtt.username().filter(u -> !u.isBlank()).orElse(storeId.value());
    }

    static String clientIdFor(Mqtt mqtt, StoreId storeId) {
      return mqtt.clientId().orElse("rebound-edge-" + storeId.value());
    }
  }

  /** Outbox relay settings ({@code rebound.outbox.*}). */
  interface Outbox {
    /** Maximum events published but not yet acknowledged by central. */
    @WithDefault("2000")
    int window();

    /** Rows read from the outbox per relay pass. */
    @WithDefault("500")
    int batchSize();

    /**
     * No ack progress for this long: resend from the lowest pending event, with backoff. Short
     * enough that events the broker dropped (e.g. published before central's session came back
     * after a broker restart) are resent quickly; a resend costs at most one window of duplicates,
     * which central deduplicates.
     */
    @WithDefault("5s")
    Duration ackTimeout();

    /** Upper bound of the resend backoff. */
    @WithDefault("5m")
    Duration resendMaxBackoff();
  }

  /** Status heartbeat settings ({@code rebound.status.*}). */
  interface Status {
    /** Interval of the retained status heartbeat on {@code …/status}. */
    @WithDefault("10s")
    Duration heartbeatInterval();
  }

  /** Upstream health settings ({@code rebound.upstream.*}). */
  interface Upstream {
    /**
     * Central counts as reachable while the MQTT connection is up and some central instance
     * reported ONLINE within this time (central heartbeats every 5s by default: three missed
     * heartbeats). Otherwise the agent's mode is OFFLINE.
     */
    @WithDefault("15s")
    Duration centralTimeout();
  }

  /** Group commit settings ({@code rebound.commit.*}). */
  interface Commit {
    /** Most write tasks committed together in one transaction (one fsync). */
    @WithDefault("256")
    int maxBatch();
  }

  /** SQLite connection settings ({@code rebound.sqlite.*}). */
  interface Sqlite {
    /** Number of read-only connections beside the single writer (WAL lets them run in parallel). */
    @WithDefault("4")
    int readPoolSize();
  }

  /** Returns policy settings ({@code rebound.policy.*}). */
  interface Policy {
    /**
     * The store's policy file (JSON, schema {@code store-policy}); it must exist when set. Absent:
     * {@code <data-dir>/policy.json} if that file exists, else the built-in defaults (the
     * PRODUCT.md degraded-mode table, USD, store day in UTC). Read and validated at startup.
     */
    Optional<Path> file();

    /**
     * While connected, how often the agent records that it still is, so that the offline-duration
     * limit counts from the last moment it was known online, even after a crash.
     */
    @WithDefault("1m")
    Duration connectedCheckpointInterval();
  }

  /** Fault injection for tests ({@code rebound.fault.*}). Never set these in production. */
  interface Fault {
    /**
     * TEST ONLY: when an accepted return's {@code Idempotency-Key} equals this value, the JVM halts
     * ({@code Runtime.halt(137)}) right after the commit and before the reply.
     */
    Optional<String> haltAfterCommitKey();
  }
}
