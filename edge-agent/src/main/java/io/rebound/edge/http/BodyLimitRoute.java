package io.rebound.edge.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * Answers a declared {@code Content-Length} over {@code quarkus.http.limits.max-body-size} with a
 * 413 problem+json, just before Quarkus' own check (which would send an empty body). A chunked body
 * that grows over the limit is still cut off by Quarkus with an empty 413, never a stack trace.
 */
@ApplicationScoped
public class BodyLimitRoute {
  /** Quarkus registers its body-size check at order -2; this route runs just before it. */
  static final int ORDER = -3;

  void install(@Observes Router router, Config config) {
    long max =
        config
            .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
            .map(MemorySize::asLongValue)
            .orElse(Long.MAX_VALUE);
    router.route().order(ORDER).handler(ctx -> check(ctx, max));
  }

  private static void check(RoutingContext ctx, long max) {
    String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && exceeds(declared, max)) {
      byte[] body = HttpProblems.bodyTooLarge(max).toBytes();
      ctx.response()
          .setStatusCode(413)
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .putHeader(HttpHeaders.CONNECTION, "close")
          .end(Buffer.buffer(body))
          .onComplete(done -> ctx.request().connection().close());
      return;
    }
    ctx.next();
  }

  private static boolean exceeds(String declared, long max) {
    try {
      return Long.parseLong(declared.strip()) > max;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
