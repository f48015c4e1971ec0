package io.rebound.installer.service;

import io.rebound.installer.config.AgentConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The agent's local HTTP API as the CLI uses it: readiness and {@code /api/v1/status}. Sends {@code
 * Authorization: Bearer <api-token>} when {@code /etc/rebound/agentctl.properties} sets it (the
 * seam for the agent's terminal authentication).
 */
public final class AgentEndpoint {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;
  private final Optional<String> token;

  public AgentEndpoint(AgentConfig config) {
    this.base = URI.create("http://127.0.0.1:" + config.port(AgentConfig.HTTP_PORT, 8081));
    this.token = config.apiToken();
  }

  public URI base() {
    return base;
  }

  /** True when {@code /q/health/ready} answers 200. */
  public boolean ready() {
    return get("/q/health/ready").map(r -> r.statusCode() == 200).orElse(false);
  }

  /** {@code GET /api/v1/status}: the response, or empty when the agent does not answer. */
  public Optional<HttpResponse<String>> status() {
    return get("/api/v1/status");
  }

  /**
   * Polls readiness until {@code timeout}, printing a dot per second to {@code progress}; true when
   * ready, false when the time ran out or {@code stillAlive} says the agent died.
   */
  public boolean awaitReady(
      Duration timeout, PrintWriter progress, java.util.function.BooleanSupplier stillAlive) {
    Instant deadline = Instant.now().plus(timeout);
    Instant nextDot = Instant.now().plusSeconds(1);
    while (Instant.now().isBefore(deadline)) {
      if (ready()) {
        progress.println(" ready");
        return true;
      }
      if (!stillAlive.getAsBoolean()) {
        progress.println(" the agent exited");
        return false;
      }
      if (Instant.now().isAfter(nextDot)) {
        progress.print('.');
        progress.flush();
        nextDot = nextDot.plusSeconds(1);
      }
      pause();
    }
    progress.println(" not ready after " + timeout.toSeconds() + " s");
    return false;
  }

  private Optional<HttpResponse<String>> get(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).GET();
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      return Optional.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static void pause() {
    // a polling CLI, not a test: wait between readiness probes
    java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
  }
}
