package io.rebound.edge.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.returns.api.FreshDataDir;
import io.rebound.edge.security.testing.AppUri;
import io.rebound.edge.security.testing.Bodies;
import io.rebound.edge.security.testing.DefaultCredentials;
import io.rebound.edge.store.ReadPool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 10,000 hostile requests against the POS API (mutated and mistyped bodies, huge numbers, unicode,
 * oversized bodies, bad and missing tokens, path traversal, header injection, broken request
 * lines): no answer is a 5xx and nothing is stored. Seeded (printed) so a failure can be replayed.
 */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class HostileInputFuzzTest {
  private static final int REQUESTS = 10_000;
  private static final int RAW_EVERY = 10;
  private static final int THREADS = 8;

  @Inject ReadPool reads;

  @Test
  void ten_thousand_hostile_requests_get_no_5xx_and_store_nothing() throws Exception {
    URI app = URI.create(AppUri.http());
    String session = DefaultCredentials.login(app.toString());
    String before = counts();
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    System.out.println(
        "HostileInputFuzzTest seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
    String validBody = Bodies.cashReturn("POS-01", "20.00").replace("\"USD\"", "\"EUR\"");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> serverErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long started = System.nanoTime();
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        HostileInput input = new HostileInput(new Random(seed + t), validBody);
        int thread = t;
        work.add(
            pool.submit(
                () -> {
                  for (int i = thread; i < REQUESTS; i += THREADS) {
                    String what;
                    int status;
                    if (i % RAW_EVERY == 0) {
                      what = input.rawRequest(DefaultCredentials.TERMINAL_TOKEN, session);
                      status = raw(app, what);
                    } else {
                      HttpRequest request = request(app, input, session);
                      what = request.method() + " " + request.uri();
                      status = send(http, request);
                    }
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status >= 500) {
                      serverErrors.add(status + " for " + abbreviate(what));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.println(
        "HostileInputFuzzTest: " + REQUESTS + " requests in " + took + ", statuses " + statuses);

    assertThat(serverErrors).isEmpty();
    assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(REQUESTS);
    assertThat(statuses.keySet()).contains(400, 401, 404, 413);
    assertThat(counts()).isEqualTo(before);
    assertThat(took).isLessThan(Duration.ofSeconds(60));
  }

  private static HttpRequest request(URI app, HostileInput input, String session) {
    String method = input.method();
    byte[] body = input.body();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(app + safePath(input.path())))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(bodyFor(body, input)));
    String token =
        switch (Math.floorMod(body.length, 9)) {
          case 0 -> null;
          case 1 -> "rbt_" + "A".repeat(43);
          case 2 -> "";
          default -> DefaultCredentials.TERMINAL_TOKEN;
        };
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
      b.header(DefaultCredentials.SESSION_HEADER, body.length % 13 == 0 ? "rbs_forged" : session);
    }
    b.header("Content-Type", input.contentType());
    // java.net.http sends printable ASCII header values only; raw requests carry the rest
    b.header("Idempotency-Key", input.idempotencyKey().replaceAll("[^\\x21-\\x7e]", "_"));
    return b.build();
  }

  /** Every 17th body is blown up past the 64 KiB limit. */
  private static byte[] bodyFor(byte[] body, HostileInput input) {
    if (body.length % 17 != 0) {
      return body;
    }
    byte[] big = new byte[70_000];
    java.util.Arrays.fill(big, (byte) '[');
    return big;
  }

  /** java.net.http refuses some illegal URIs itself; those go through as a literal 404 path. */
  private static String safePath(String path) {
    try {
      URI.create("http://h" + path);
      return path;
    } catch (IllegalArgumentException e) {
      return "/api/v1/returns/" + Integer.toHexString(path.hashCode());
    }
  }

  private static int send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0; // connection closed by the server (e.g. after a 413): not a 5xx
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends {@code request} verbatim; the status of the answer, or 0 if the server just closed. */
  private static int raw(URI app, String request) {
    try (Socket s = new Socket(app.getHost(), app.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] head = in.readNBytes(12);
      String line = new String(head, StandardCharsets.ISO_8859_1);
      return line.startsWith("HTTP/1.") && line.length() >= 12
          ? Integer.parseInt(line.substring(9, 12))
          : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private String counts() {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT (SELECT count(*) FROM returns) || '/' || (SELECT count(*) FROM outbox)"
                          + " || '/' || (SELECT count(*) FROM idempotency) || '/' ||"
                          + " (SELECT count(*) FROM approvals) || '/' || (SELECT count(*) FROM"
                          + " inspections) || '/' || (SELECT count(*) FROM audit_log)");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
          }
        });
  }
}
