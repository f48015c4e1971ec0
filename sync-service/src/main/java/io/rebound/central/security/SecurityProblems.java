package io.rebound.central.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.central.http.Problem;
import io.rebound.central.http.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Writes the 401 and 403 answers of the ops API as problem+json, at the HTTP layer (permission
 * policies decide before any JAX-RS resource runs). A 401 carries {@code WWW-Authenticate} for both
 * schemes central accepts; a 403 names the role the method needs.
 */
@Singleton
public class SecurityProblems {
  /** The realm in {@code WWW-Authenticate}. */
  public static final String REALM = "rebound-central";

  static final String WWW_AUTHENTICATE = "WWW-Authenticate";

  static final String RULE_AUTHENTICATION = "ops.authentication-required";
  static final String RULE_ROLE = "ops.role-required";
  private static final Set<HttpMethod> READS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final ObjectMapper json;

  @Inject
  public SecurityProblems(ObjectMapper json) {
    this.json = json;
  }

  /** The role a method needs under {@code /api/v1}: {@code viewer} to read, else operator. */
  public static OpsRole requiredRole(HttpMethod method) {
    return READS.contains(method) ? OpsRole.VIEWER : OpsRole.OPERATOR;
  }

  void unauthorized(RoutingContext ctx, String detail) {
    HttpServerResponse response = ctx.response();
    response.headers().add(WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
    response.headers().add(WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    write(
        ctx,
        new Problem(
            "https://rebound.io/problems/unauthorized",
            "Unauthorized",
            401,
            detail,
            ctx.normalizedPath(),
            "Authorization",
            RULE_AUTHENTICATION));
  }

  void forbidden(RoutingContext ctx) {
    OpsRole role = requiredRole(ctx.request().method());
    write(
        ctx,
        new Problem(
            "https://rebound.io/problems/forbidden",
            "Forbidden",
            403,
            ctx.request().method()
                + " "
                + ctx.normalizedPath()
                + " needs the role '"
                + role.roleName()
                + "'",
            ctx.normalizedPath(),
            "role",
            RULE_ROLE + "." + role.roleName()));
  }

  void unavailable(RoutingContext ctx) {
    write(
        ctx,
        new Problem(
            "https://rebound.io/problems/service-unavailable",
            "Service Unavailable",
            503,
            "central's database is unavailable; retry later",
            ctx.normalizedPath(),
            null,
            null));
  }

  private void write(RoutingContext ctx, Problem problem) {
    HttpServerResponse response = ctx.response();
    if (response.ended()) {
      return;
    }
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + problem.status() + "}";
    }
    response
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
        .end(body);
  }
}
