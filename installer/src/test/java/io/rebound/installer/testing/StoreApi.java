package io.rebound.installer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The installed agent's POS API, as a test terminal uses it: the terminal is the one install
 * provisioned for the CLI ({@code AGENTCTL}, token from {@code agentctl.properties}).
 */
public final class StoreApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final String terminalId;
  private final String token;

  public StoreApi(int port, String terminalId, String token) {
    this.base = URI.create("http://127.0.0.1:" + port);
    this.terminalId = terminalId;
    this.token = token;
  }

  /** Accepts a card return (offline: DEFERRED) and returns its id. */
  public String acceptReturn() {
    String saleId = "WEB-" + UUID.randomUUID();
    String body =
        """
        {"terminalId":"%s",
         "originalSale":{"saleId":"%s","channel":"ECOMMERCE","soldAt":"%s",
           "tenders":[{"type":"CARD","amount":{"amount":"49.99","currency":"USD"},"paymentReference":"ch_123"}]},
         "customer":{"customerId":"C-889"},
         "lines":[{"sku":"SKU-1","quantity":1,"unitPrice":{"amount":"49.99","currency":"USD"},"reason":"WRONG_SIZE","condition":"UNOPENED"}],
         "refundPreference":"ORIGINAL_TENDER"}
        """
            .formatted(terminalId, saleId, Instant.now().minus(Duration.ofDays(2)));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/returns"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", saleId)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    JsonNode answer = send(request, 201);
    return answer.path("returnId").asText();
  }

  /** Ids of the returns whose sync state is PENDING (not yet acknowledged by central). */
  public List<String> pendingReturnIds() {
    JsonNode page =
        send(
            HttpRequest.newBuilder(base.resolve("/api/v1/returns?sync=PENDING&limit=100"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            200);
    List<String> ids = new ArrayList<>();
    JsonNode items = page.has("items") ? page.path("items") : page;
    items.forEach(item -> ids.add(item.path("returnId").asText()));
    return ids;
  }

  private JsonNode send(HttpRequest request, int expected) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new AssertionError(
            request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("cannot reach " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
