package io.rebound.central.http;

import io.rebound.protocols.InvalidMessageException;
import jakarta.ws.rs.core.Response;

/**
 * Builds problem+json responses. Types are stable URIs under {@code https://rebound.io/problems/}.
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "https://rebound.io/problems/";

  private Problems() {}

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
  }

  public static Response notFound(String what, String id, String path) {
    return response(
        new Problem(
            TYPE_PREFIX + "not-found",
            "Not Found",
            404,
            what + " '" + id + "' is not known to central",
            path,
            null,
            null));
  }

  public static Response invalid(InvalidMessageException e, String path) {
    return response(
        new Problem(
            TYPE_PREFIX + "invalid-request",
            "Invalid request",
            400,
            e.getMessage(),
            path,
            e.field(),
            e.rule()));
  }

  public static Response status(int status, String title, String detail, String path) {
    return response(
        new Problem(
            TYPE_PREFIX + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
            title,
            status,
            detail,
            path,
            null,
            null));
  }
}
