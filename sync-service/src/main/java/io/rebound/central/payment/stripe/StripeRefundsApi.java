package io.rebound.central.payment.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.central.config.StripeConfig;
import io.rebound.central.payment.GatewayRejectedException;
import io.rebound.central.payment.GatewayUnavailableException;
import io.rebound.central.payment.RefundCommand;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The three Stripe Refunds API calls Rebound makes, over {@link HttpClient}: create, retrieve and
 * list by charge or payment intent. Every request carries the bearer key and the pinned {@link
 * #STRIPE_VERSION}. Transport failures, timeouts, 409/429/5xx become {@link
 * GatewayUnavailableException}; 401/403 and invalid requests become {@link
 * GatewayRejectedException}; payment refusals on create are a {@link CreateResult.Refused}.
 */
final class StripeRefundsApi {
  /** The API version whose refund object and error shape this client reads. */
  static final String STRIPE_VERSION = "2024-06-20";

  static final String META_RETURN_ID = "rebound_return_id";
  static final String META_STORE_ID = "rebound_store_id";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final Duration requestTimeout;

  StripeRefundsApi(StripeConfig config, String apiKey) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.baseUrl = config.baseUrl().replaceAll("/+$", "");
    this.apiKey = apiKey;
    this.requestTimeout = config.requestTimeout();
  }

  /** {@code POST /v1/refunds} with the command's idempotency key. */
  CreateResult create(RefundCommand command) {
    PaymentReference reference = PaymentReference.of(command.paymentReference());
    FormBody form =
        new FormBody()
            .add(reference.parameter(), reference.id())
            .add("amount", Long.toString(command.amount().minorUnits()))
            .add("metadata[" + META_RETURN_ID + "]", command.returnId().toString())
            .add("metadata[" + META_STORE_ID + "]", command.storeId().value());
    HttpRequest request =
        request("/v1/refunds")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Idempotency-Key", command.idempotencyKey())
            .POST(HttpRequest.BodyPublishers.ofString(form.encode()))
            .build();
    Answer answer = send(request, "POST /v1/refunds");
    if (answer.ok()) {
      return new CreateResult.Created(StripeRefund.parse(answer.body()), answer.replayed());
    }
    StripeError error = answer.error();
    return switch (error.meaning()) {
      case DECLINED -> new CreateResult.Refused(error);
      case REJECTED -> throw error.rejected();
      case UNAVAILABLE -> throw error.unavailable();
    };
  }

  /** {@code GET /v1/refunds/{id}}. */
  StripeRefund retrieve(String refundId) {
    String path = "/v1/refunds/" + encode(refundId);
    Answer answer = send(request(path).GET().build(), "GET " + path);
    if (answer.ok()) {
      return StripeRefund.parse(answer.body());
    }
    throw failure(answer.error());
  }

  /** {@code GET /v1/refunds?charge|payment_intent=…&limit=…&starting_after=…}, newest first. */
  RefundPage list(String paymentReference, int limit, String startingAfter) {
    PaymentReference reference = PaymentReference.of(paymentReference);
    String query =
        new FormBody()
            .add(reference.parameter(), reference.id())
            .add("limit", Integer.toString(limit))
            .add("starting_after", startingAfter)
            .encode();
    Answer answer = send(request("/v1/refunds?" + query).GET().build(), "GET /v1/refunds");
    if (!answer.ok()) {
      throw failure(answer.error());
    }
    JsonNode data = answer.body().path("data");
    if (!data.isArray()) {
      throw new GatewayUnavailableException(
          "stripe: refund list without a data array (rule: list-shape)", null);
    }
    List<StripeRefund> refunds = new ArrayList<>();
    data.forEach(node -> refunds.add(StripeRefund.parse(node)));
    return new RefundPage(refunds, answer.body().path("has_more").asBoolean(false));
  }

  private static RuntimeException failure(StripeError error) {
    return error.meaning() == StripeError.Meaning.UNAVAILABLE
        ? error.unavailable()
        : error.rejected();
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .timeout(requestTimeout)
        .header("Authorization", "Bearer " + apiKey)
        .header("Stripe-Version", STRIPE_VERSION)
        .header("Accept", "application/json");
  }

  private Answer send(HttpRequest request, String what) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new GatewayUnavailableException(
          "stripe: " + what + " got no answer within " + requestTimeout, e);
    } catch (IOException e) {
      throw new GatewayUnavailableException(
          "stripe: " + what + " failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayUnavailableException("stripe: " + what + " was interrupted", e);
    }
    return new Answer(
        response.statusCode(),
        parse(response.body()),
        response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false));
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** An HTTP answer: status, JSON body (null when not JSON), replay header. */
  private record Answer(int status, JsonNode body, boolean replayed) {
    boolean ok() {
      if (status / 100 == 2 && (body == null || !body.isObject())) {
        throw new GatewayUnavailableException(
            "stripe answered HTTP " + status + " without a JSON object (rule: json-body)", null);
      }
      return status / 100 == 2;
    }

    StripeError error() {
      return StripeError.parse(status, body);
    }
  }
}
