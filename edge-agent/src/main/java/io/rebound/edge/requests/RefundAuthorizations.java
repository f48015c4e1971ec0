package io.rebound.edge.requests;

import io.rebound.edge.config.EdgeConfig;
import io.rebound.edge.returns.idempotency.Fingerprint;
import io.rebound.edge.returns.idempotency.IdempotencyKey;
import io.rebound.edge.returns.policy.CentralAnswer;
import io.rebound.edge.returns.policy.SaleLineKey;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.requests.RefundAuthorizationRequest;
import io.rebound.protocols.requests.RefundAuthorizationResponse;
import io.rebound.protocols.requests.ReturnedSaleLine;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.schema.MessageKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Asks central whether an ONLINE card refund may be issued now, and turns the answer into the
 * {@link CentralAnswer} the policy decides on. The request key is the hex SHA-256 of the POS
 * Idempotency-Key, so a POS retry gets central's stored answer. The future never fails and
 * completes within {@code rebound.refund.central-timeout} ({@link CentralAnswer.NoAnswer} then).
 */
@ApplicationScoped
public class RefundAuthorizations {
  private final EdgeConfig config;
  private final CentralRequests requests;

  public RefundAuthorizations(EdgeConfig config, CentralRequests requests) {
    this.config = config;
    this.requests = requests;
  }

  /** Central's answer for the card refund of {@code request}, accepted as {@code returnId}. */
  public CompletableFuture<CentralAnswer> authorize(
      IdempotencyKey key, ReturnId returnId, ReturnRequest request, Instant now) {
    RefundAuthorizationRequest message =
        RefundAuthorizationRequest.of(
            returnId,
            config.storeId(),
            Fingerprint.ofCanonical(key.value().getBytes(StandardCharsets.UTF_8)),
            request.originalSale().saleId(),
            request.originalSale().tenders().get(0).paymentReference(),
            request.total(),
            lines(request),
            now);
    return requests
        .ask(
            MessageKind.REFUND_AUTHORIZATION_REQUEST,
            message,
            RefundAuthorizationResponse.class,
            config.refund().centralTimeout())
        .thenApply(answer -> answer.map(RefundAuthorizations::toAnswer))
        .thenApply(answer -> answer.orElseGet(CentralAnswer.NoAnswer::new))
        .exceptionally(error -> new CentralAnswer.NoAnswer());
  }

  private static List<ReturnedSaleLine> lines(ReturnRequest request) {
    Map<String, Integer> quantities = new LinkedHashMap<>();
    for (ReturnLine line : request.lines()) {
      quantities.merge(
          SaleLineKey.of(request.originalSale().saleId(), line).lineKey(),
          line.quantity(),
          Integer::sum);
    }
    List<ReturnedSaleLine> lines = new ArrayList<>();
    quantities.forEach((k, q) -> lines.add(ReturnedSaleLine.of(k, q)));
    return lines;
  }

  private static CentralAnswer toAnswer(RefundAuthorizationResponse response) {
    return switch (response.decision()) {
      case APPROVED -> new CentralAnswer.Approved(String.valueOf(response.authorizationId()));
      case DECLINED ->
          new CentralAnswer.Declined(
              response.rule() == null ? "central.declined" : response.rule(),
              response.message() == null
                  ? "Central declined the card refund."
                  : response.message());
      case UNAVAILABLE -> new CentralAnswer.Unavailable();
    };
  }
}
