package io.rebound.e2e.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A POS terminal (or many): posts returns to the agent with an {@code Idempotency-Key} over plain
 * {@code java.net.http}. Never throws for an HTTP status or an I/O error: both are {@link
 * PostResult}s.
 */
public final class PosClient {
  public static final String JSON = "application/json";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final URI returnsUri;
  private final HttpClient http;

  public PosClient(URI agentBase) {
    this.returnsUri = agentBase.resolve("/api/v1/returns");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  /** {@code POST /api/v1/returns} with a JSON body. */
  public PostResult post(String key, String body) {
    return post(key, body, JSON);
  }

  public PostResult post(String key, String body, String contentType) {
    HttpRequest.Builder request =
        request(returnsUri)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return send(key, request.build());
  }

  /**
   * {@code POST <pathAndQuery>} (relative to the agent, e.g. {@code /api/v1/returns/{id}/approval})
   * with a JSON body, the {@code Idempotency-Key} {@code key} (omitted when null) and {@code
   * headers}.
   */
  public PostResult postTo(
      String pathAndQuery, String key, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        request(agentUri(pathAndQuery))
            .header("Content-Type", JSON)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    headers.forEach(request::header);
    return send(key, request.build());
  }

  /** {@code GET <pathAndQuery>} (relative to the agent) with {@code headers}. */
  public PostResult get(String pathAndQuery, Map<String, String> headers) {
    HttpRequest.Builder request = request(agentUri(pathAndQuery)).GET();
    headers.forEach(request::header);
    return send(null, request.build());
  }

  /**
   * The one place every POS request starts: timeout and {@code Accept}. Whatever a terminal must
   * send on every call (e.g. its credentials) belongs here.
   */
  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + EdgeCredentials.TERMINAL_TOKEN);
  }

  private URI agentUri(String pathAndQuery) {
    return returnsUri.resolve(pathAndQuery);
  }

  /** Sends any request (e.g. without a body) and records its outcome. */
  public PostResult send(String key, HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new PostResult(
          key,
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      return PostResult.ioError(key, e, Duration.ofNanos(System.nanoTime() - start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return PostResult.ioError(key, e, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * Starts {@code total} posts from {@code terminals} concurrent threads, keys {@code
   * keyPrefix-<i>}, bodies from {@code bodyFor.apply(i)}.
   */
  public Burst burst(int total, int terminals, String keyPrefix, IntFunction<String> bodyFor) {
    return Burst.start(this, total, terminals, keyPrefix, bodyFor);
  }

  /** Runs a burst and waits for it. */
  public BurstResult run(int total, int terminals, String keyPrefix, IntFunction<String> bodyFor) {
    return burst(total, terminals, keyPrefix, bodyFor).await(Duration.ofMinutes(10));
  }

  public URI returnsUri() {
    return returnsUri;
  }
}
