package io.rebound.edge.status;

import io.rebound.edge.commands.ReceiptKeyring;
import io.rebound.edge.credit.CreditRefill;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.outbox.OutboxStats;
import io.rebound.edge.outbox.OutboxStatsCache;
import io.rebound.edge.returns.policy.source.ActivePolicy;
import io.rebound.edge.returns.query.PendingRefunds;
import io.rebound.edge.returns.query.PendingRefundsQuery;
import io.rebound.edge.upstream.UpstreamAssessment;
import io.rebound.edge.upstream.UpstreamStatus;
import io.rebound.protocols.receipts.ReceiptKeySet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** {@code GET /api/v1/status}: what store IT and managers check first. */
@Path("/api/v1/status")
public class StatusResource {
  private final UpstreamStatus upstream;
  private final MqttConnection connection;
  private final OutboxStatsCache outbox;
  private final PendingRefundsQuery refunds;
  private final ActivePolicy policy;
  private final ReceiptKeyring receiptKeys;
  private final CreditRefill credit;
  private final OfflineCashToday offlineCash;

  public StatusResource(
      UpstreamStatus upstream,
      MqttConnection connection,
      OutboxStatsCache outbox,
      PendingRefundsQuery refunds,
      ActivePolicy policy,
      ReceiptKeyring receiptKeys,
      CreditRefill credit,
      OfflineCashToday offlineCash) {
    this.offlineCash = offlineCash;
    this.upstream = upstream;
    this.connection = connection;
    this.outbox = outbox;
    this.refunds = refunds;
    this.policy = policy;
    this.receiptKeys = receiptKeys;
    this.credit = credit;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public AgentStatus status() {
    UpstreamStatus.Snapshot mode = upstream.snapshot();
    OutboxStats stats = outbox.current();
    Instant now = Instant.now();
    return new AgentStatus(
        connection.storeId().value(),
        mode.mode(),
        mode.since(),
        connection.state(),
        new AgentStatus.Outbox(
            stats.depth(), stats.oldestPendingAgeSeconds(now), stats.lastAckAt().orElse(null)),
        pendingRefunds(refunds.current()),
        central(),
        new AgentStatus.Policy(policy.policy().policyVersion(), policy.source()),
        receiptKeys(),
        new AgentStatus.StoreCredit(credit.remaining()),
        offlineCash.current());
  }

  private AgentStatus.ReceiptKeys receiptKeys() {
    ReceiptKeySet keys = receiptKeys.current();
    return new AgentStatus.ReceiptKeys(keys.version(), keys.keys().size());
  }

  private static AgentStatus.PendingRefunds pendingRefunds(PendingRefunds pending) {
    return new AgentStatus.PendingRefunds(
        pending.count(),
        pending.amounts().stream()
            .map(m -> new AgentStatus.Amount(m.amountText(), m.currency().getCurrencyCode()))
            .toList());
  }

  private AgentStatus.Central central() {
    UpstreamAssessment assessment = upstream.assessment();
    return new AgentStatus.Central(
        assessment.reachable(),
        assessment.paymentGateway(),
        upstream.instances().stream()
            .map(
                i ->
                    new AgentStatus.Instance(
                        i.report().instanceId().value(),
                        i.state(),
                        i.report().since(),
                        i.report().heardAt(),
                        i.report().paymentGateway()))
            .toList());
  }
}
