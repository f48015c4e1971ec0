package io.rebound.central.requests;

import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.presence.PaymentGatewayHealth;
import io.rebound.central.updates.StoreUpdateLog;
import io.rebound.protocols.envelope.GatewayHealth;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.rebound.protocols.requests.CreditBlockRequest;
import io.rebound.protocols.requests.RefundAuthorizationRequest;
import io.rebound.protocols.requests.RefundAuthorizationResponse;
import io.rebound.protocols.requests.ReturnUpdates;
import io.rebound.protocols.requests.ReturnUpdatesRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Answers the stores' requests from central's own state. Refund authorization: a stored decision
 * for the same request key is repeated; otherwise UNAVAILABLE (not stored) while the payment
 * gateway is not {@link GatewayHealth#HEALTHY}; otherwise {@link RefundAuthorizer} decides and
 * stores. Credit blocks: {@link CreditBlockAllocator}. A database failure is a {@link
 * DatabaseException}: the request stays unacknowledged and the store's own timeout applies.
 */
@Singleton
public class RequestService {
  private final Database database;
  private final PaymentGatewayHealth gateway;
  private final RequestMetrics metrics;
  private final Clock clock;

  @Inject
  public RequestService(Database database, PaymentGatewayHealth gateway, RequestMetrics metrics) {
    this.database = database;
    this.gateway = gateway;
    this.metrics = metrics;
    this.clock = Clock.systemUTC();
  }

  /** The answer to {@code request} (stored and repeated, except UNAVAILABLE). */
  public RefundAuthorizationResponse authorize(RefundAuthorizationRequest request) {
    RefundAuthorizationResponse answer =
        transaction(
            c -> {
              Optional<RefundAuthorizationResponse> stored = RefundAuthorizer.stored(c, request);
              if (stored.isPresent()) {
                return stored.get();
              }
              if (gateway.current() != GatewayHealth.HEALTHY) {
                return RefundAuthorizationResponse.unavailable(request.returnId(), clock.instant());
              }
              return RefundAuthorizer.decide(c, request, clock);
            });
    metrics.answered(answer.decision());
    return answer;
  }

  /** The block for {@code request} (the same for a repeated request id). */
  public CreditBlockGrant grant(CreditBlockRequest request) {
    CreditBlockAllocator.Allocation allocation =
        transaction(c -> CreditBlockAllocator.grant(c, request, clock));
    if (allocation.origin() == CreditBlockAllocator.Origin.NEW) {
      metrics.granted(allocation.grant().size());
    }
    return allocation.grant();
  }

  /**
   * The store's update-log page after the request's cursor (settle); the cursor is recorded as the
   * store's acknowledgement.
   */
  public ReturnUpdates updates(ReturnUpdatesRequest request) {
    return transaction(
        c -> {
          StoreUpdateLog.acknowledge(c, request.storeId(), request.after(), clock.instant());
          return StoreUpdateLog.page(c, request.storeId(), request.after(), request.limit());
        });
  }

  /** Every block granted to {@code store}, lowest numbers first. */
  public List<CreditBlockView> blocks(StoreId store) {
    return database.read(c -> CreditBlockAllocator.blocks(c, store));
  }

  private <T> T transaction(io.rebound.central.db.SqlWork<T> work) {
    try {
      return database.inTransaction(work);
    } catch (SQLException e) {
      throw new DatabaseException("central database unavailable: " + e.getMessage(), e);
    }
  }
}
