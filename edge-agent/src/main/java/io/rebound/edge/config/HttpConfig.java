package io.rebound.edge.config;

import io.smallrye.config.WithDefault;

/** The POS-facing HTTP server ({@code rebound.http.*}). */
public interface HttpConfig {
  /** HTTPS on the store LAN. */
  Tls tls();

  /**
   * {@code rebound.http.tls.*}: when enabled, the agent serves HTTPS with a PKCS#12 key store in
   * {@code <data-dir>/tls/agent.p12}, generating a self-signed certificate (keytool) at the first
   * start if the file is missing; plain HTTP is then disabled. Read by {@code
   * io.rebound.edge.security.tls.TlsConfigSourceFactory} before the HTTP server starts.
   */
  interface Tls {
    /** Serve HTTPS with the agent's key store. */
    @WithDefault("false")
    boolean enabled();

    /** Host names (besides localhost) the generated certificate is valid for, comma-separated. */
    @WithDefault("localhost")
    String hostNames();

    /** Days the generated certificate is valid. */
    @WithDefault("825")
    int validityDays();
  }
}
