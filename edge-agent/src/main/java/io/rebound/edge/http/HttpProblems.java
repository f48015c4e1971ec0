package io.rebound.edge.http;

/** Problems for plain HTTP-level failures, by status code. */
public final class HttpProblems {
  private HttpProblems() {}

  public static Problem forStatus(int status) {
    return switch (status) {
      case 400 -> Problem.of(400, "Bad request", "bad-request", null, "The request is malformed.");
      case 404 ->
          Problem.of(404, "Not found", "not-found", null, "No resource exists at this path.");
      case 405 ->
          Problem.of(
              405,
              "Method not allowed",
              "method-not-allowed",
              null,
              "This path does not support this HTTP method; see the Allow header.");
      case 406 ->
          Problem.of(
              406,
              "Not acceptable",
              "not-acceptable",
              "Accept",
              "Responses are application/json or application/problem+json.");
      case 413 ->
          Problem.of(
              413,
              "Request body too large",
              "max-body-size",
              "body",
              "The request body exceeds the agent's size limit.");
      case 415 ->
          Problem.of(
              415,
              "Unsupported media type",
              "content-type",
              "Content-Type",
              "The request body must be application/json.");
      default -> unavailable();
    };
  }

  public static Problem bodyTooLarge(long limitBytes) {
    return Problem.of(
        413,
        "Request body too large",
        "max-body-size",
        "body",
        "The request body exceeds the limit of " + limitBytes + " bytes.");
  }

  public static Problem unavailable() {
    return Problem.of(
        503,
        "Service unavailable",
        "unexpected-failure",
        null,
        "The agent could not process the request; retry with the same Idempotency-Key.");
  }
}
