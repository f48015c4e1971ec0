package io.rebound.edge.ui;

import io.rebound.edge.http.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The store manager's screen at {@code /ui/} (static files of the store-ui jar): {@code /ui}
 * redirects to {@code /ui/}; {@code /ops/**} (central's console, in the same jar) is 404 at the
 * edge; the pages get a strict Content-Security-Policy (no inline script, nothing from elsewhere)
 * and every static answer a Cache-Control (pages and our assets revalidate, versioned webjars are
 * immutable). Runs before the authentication gate; headers are set just before they are sent, so
 * the static handler's own caching headers do not win.
 */
@ApplicationScoped
public class UiRoute {
  /** Before AuthRoute (-4). */
  static final int ORDER = -5;

  /** The policy of every {@code /ui} answer. */
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(this::handle);
  }

  private void handle(RoutingContext ctx) {
    String path;
    try {
      path = ctx.normalizedPath();
    } catch (RuntimeException e) {
      ctx.next();
      return;
    }
    if (path.equals("/ui")) {
      ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/ui/").end();
      return;
    }
    if (path.equals("/ops") || path.startsWith("/ops/")) {
      ctx.response()
          .setStatusCode(404)
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .end(
              Buffer.buffer(
                  Problem.of(
                          404,
                          "Not found",
                          "not-found",
                          null,
                          "The ops console is served by central, not by the store agent.")
                      .toBytes()));
      return;
    }
    String cache = cacheControl(path);
    if (cache != null) {
      boolean page = path.startsWith("/ui/");
      ctx.addHeadersEndHandler(
          v -> {
            ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, cache);
            ctx.response().headers().set("X-Content-Type-Options", "nosniff");
            if (page) {
              ctx.response().headers().set("Content-Security-Policy", CSP);
              ctx.response().headers().set("Referrer-Policy", "no-referrer");
            }
          });
    }
    ctx.next();
  }

  /** Null for anything that is not a static file of ours. */
  static String cacheControl(String path) {
    if (path.startsWith("/webjars/")) {
      return "public, max-age=31536000, immutable";
    }
    if (path.startsWith("/ui/") || path.startsWith("/assets/")) {
      return "no-cache";
    }
    return null;
  }
}
