package io.rebound.central.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The ops console's static routes. {@code /ops/**}, {@code /assets/**} and {@code /webjars/**} are
 * the store-ui jar's static files, open to anyone (the page itself holds no data; every call it
 * makes goes to {@code /api/v1}, which needs an ops login). {@code /ops} redirects to {@code
 * /ops/}; the console pages get a strict Content-Security-Policy (only this origin's scripts,
 * styles and connections; no inline code, no framing). {@code /ui/**} is the store manager's
 * screen, served by the edge agent only: 404 here.
 */
@Singleton
public class ConsoleRoutes {
  /** The console's policy: everything from this origin only, nothing inline, never framed. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  void register(@Observes Filters filters) {
    filters.register(ConsoleRoutes::route, 1000);
  }

  static void route(RoutingContext rc) {
    String path = rc.normalizedPath();
    if (path.equals("/ui") || path.startsWith("/ui/")) {
      rc.response()
          .setStatusCode(404)
          .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
          .end(
              "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                  + "\"detail\":\"the store manager's screen is served by the store's edge agent,"
                  + " not by central (the ops console is at /ops/)\",\"instance\":\""
                  + "/ui\"}");
      return;
    }
    if (path.equals("/ops")) {
      rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/ops/").end();
      return;
    }
    if (path.startsWith("/ops/")) {
      rc.response()
          .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
          .putHeader("X-Frame-Options", "DENY")
          .putHeader("Referrer-Policy", "no-referrer")
          .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
    if (path.startsWith("/ops/") || path.startsWith("/assets/") || path.startsWith("/webjars/")) {
      rc.response().putHeader("X-Content-Type-Options", "nosniff");
    }
    rc.next();
  }
}
