package io.rebound.central.payment.stripe.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.rebound.protocols.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Stripe Refunds API on loopback (com.sun.net.httpserver) for tests: bearer auth, charges seeded
 * by the test, refunds with amount checks, Stripe's idempotency semantics (same key and parameters
 * → the stored answer with {@code Idempotent-Replayed: true}; same key, other parameters → 400
 * {@code idempotency_error}; keys kept for the simulator's lifetime), newest-first pagination, and
 * a {@link FaultScript} for the next requests. Counters let a test assert how many refunds really
 * exist.
 */
public final class StripeSimulator implements AutoCloseable {
  /** The only API key the simulator accepts. */
  public static final String API_KEY = "sk_test_rebound_simulator";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(8);
  private final ScheduledExecutorService delayed = Executors.newScheduledThreadPool(2);
  private final SimLedger ledger = new SimLedger();
  private final FaultScript faults = new FaultScript();
  private final Map<Operation, AtomicInteger> requests = new EnumMap<>(Operation.class);
  private final List<String> createKeys = new CopyOnWriteArrayList<>();
  private volatile SimRequest lastCreate;

  private StripeSimulator() throws IOException {
    for (Operation op : Operation.values()) {
      requests.put(op, new AtomicInteger());
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/v1/refunds", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  public static StripeSimulator start() {
    try {
      return new StripeSimulator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: the client's {@code rebound.payment.stripe.base-url}. */
  public String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** A charge of {@code amount} whose refunds succeed. */
  public SimCharge seedCharge(Money amount) {
    return seedCharge(amount, SimCharge.Behaviour.SUCCEED);
  }

  /** A charge of {@code amount}, nothing refunded yet, whose refunds end as {@code behaviour}. */
  public SimCharge seedCharge(Money amount, SimCharge.Behaviour behaviour) {
    return ledger.seed(
        amount.minorUnits(),
        amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT),
        0,
        behaviour);
  }

  /** Faults for the next requests. */
  public FaultScript faults() {
    return faults;
  }

  /** Refunds created since start, on every charge (failed ones included). */
  public long refundsCreated() {
    return ledger.refundsCreated();
  }

  /** Refunds created on the charge or payment intent {@code reference}. */
  public long refundsOf(String reference) {
    return ledger.refundsOf(reference).size();
  }

  /** The ids of the refunds on {@code reference}, oldest first. */
  public List<String> refundIdsOf(String reference) {
    return ledger.refundsOf(reference).stream().map(SimRefund::id).toList();
  }

  /** Refunds on {@code reference} whose metadata names {@code returnId}, not failed. */
  public long liveRefundsOfReturn(String reference, String returnId) {
    return ledger.refundsOf(reference).stream()
        .filter(r -> returnId.equals(r.metadata().get("rebound_return_id")))
        .filter(r -> !"failed".equals(r.status()))
        .count();
  }

  /** The {@code metadata[rebound_return_id]} of every refund, in the order they were created. */
  public List<String> refundedReturns() {
    return ledger.refundedReturns();
  }

  /** Marks a pending refund succeeded, as Stripe does when the card network confirms it. */
  public void settle(String refundId) {
    ledger.settle(refundId);
  }

  /** Requests of {@code operation} received so far (faulted ones included). */
  public int requests(Operation operation) {
    return requests.get(operation).get();
  }

  /** The {@code Idempotency-Key} of every authorized create request (faulted ones too). */
  public List<String> createKeys() {
    return List.copyOf(createKeys);
  }

  /** The last create request as received (headers and decoded form parameters). */
  public SimRequest lastCreate() {
    return lastCreate;
  }

  @Override
  public void close() {
    server.stop(0);
    delayed.shutdownNow();
    workers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      Operation op;
      if ("POST".equals(method) && "/v1/refunds".equals(path)) {
        op = Operation.CREATE;
      } else if ("GET".equals(method) && "/v1/refunds".equals(path)) {
        op = Operation.LIST;
      } else if ("GET".equals(method) && path.startsWith("/v1/refunds/")) {
        op = Operation.RETRIEVE;
      } else {
        send(exchange, SimResponse.error(404, "invalid_request_error", null, null, "No route"));
        return;
      }
      requests.get(op).incrementAndGet();
      if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        send(
            exchange,
            SimResponse.error(
                401, "invalid_request_error", null, null, "Invalid API Key provided: sk_****"));
        return;
      }
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      if (op == Operation.CREATE && key != null) {
        createKeys.add(key);
      }
      Optional<Fault> fault = faults.take(op);
      if (fault.isPresent() && !fault.get().performs()) {
        send(exchange, refusal(fault.get()));
        return;
      }
      SimResponse response = perform(op, exchange, path, body);
      if (fault.isEmpty()) {
        send(exchange, response);
        return;
      }
      Fault f = fault.get();
      switch (f.kind()) {
        case SLOW, TIMEOUT ->
            delayed.schedule(
                () -> sendQuietly(exchange, response), f.delay().toMillis(), TimeUnit.MILLISECONDS);
        case LOSE_RESPONSE_AFTER_REFUND -> exchange.close();
        default ->
            send(exchange, SimResponse.error(f.status(), "api_error", null, null, "Internal"));
      }
    }
  }

  private SimResponse perform(Operation op, HttpExchange exchange, String path, String body) {
    return switch (op) {
      case CREATE -> {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        Map<String, String> params = form(body);
        lastCreate = SimRequest.of(exchange, params);
        yield ledger.create(params, key);
      }
      case LIST -> ledger.list(form(exchange.getRequestURI().getRawQuery()));
      case RETRIEVE -> ledger.retrieve(path.substring("/v1/refunds/".length()));
    };
  }

  private static SimResponse refusal(Fault f) {
    if (f.kind() == Fault.Kind.STALE_LIST) {
      return SimResponse.ok(
          Map.of("object", "list", "data", List.of(), "has_more", false, "url", "/v1/refunds"));
    }
    if (f.kind() == Fault.Kind.DECLINE) {
      return SimResponse.error(
          402, "card_error", "card_declined", f.declineCode(), "Your card was declined.");
    }
    if (f.status() == 429) {
      return SimResponse.error(
          429, "invalid_request_error", "rate_limit", null, "Too many requests.");
    }
    return SimResponse.error(f.status(), "api_error", null, null, "Something went wrong.");
  }

  private void sendQuietly(HttpExchange exchange, SimResponse response) {
    try {
      send(exchange, response);
    } catch (IOException e) {
      // the client gave up waiting (its timeout): exactly what a held answer simulates
      exchange.close();
    }
  }

  private static void send(HttpExchange exchange, SimResponse response) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(response.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Stripe-Version", "2024-06-20");
    if (response.replayed()) {
      exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
    }
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }
}
