package io.rebound.edge.security.testing;

import io.quarkus.arc.Arc;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;

/** The running test app's base URIs, from Quarkus' value registry (the real, random ports). */
public final class AppUri {
  private AppUri() {}

  /** {@code http://localhost:<port>}. */
  public static String http() {
    return "http://localhost:" + server().getPort();
  }

  /** {@code https://localhost:<port>}. */
  public static String https() {
    return "https://localhost:" + server().getSecurePort();
  }

  private static HttpServer server() {
    return Arc.container().instance(ValueRegistry.class).get().get(HttpServer.HTTP_SERVER);
  }
}
