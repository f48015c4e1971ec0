package io.rebound.edge.status;

import io.rebound.edge.returns.policy.ledger.SqlPolicyLedger;
import io.rebound.edge.returns.policy.source.ActivePolicy;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.policy.StorePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Cash paid out while not ONLINE on today's store day (the policy's time zone) against the policy's
 * {@code offline.cashPerStorePerDayCap}: the same ledger sum the cap rule reads when it decides.
 */
@ApplicationScoped
public class OfflineCashToday {
  private final ReadPool reads;
  private final ActivePolicy policy;
  private final Clock clock;

  OfflineCashToday(ReadPool reads, ActivePolicy policy, Clock clock) {
    this.reads = reads;
    this.policy = policy;
    this.clock = clock;
  }

  /** Today's figures. */
  public AgentStatus.OfflineCash current() {
    StorePolicy p = policy.policy();
    LocalDate day = LocalDate.ofInstant(clock.instant(), p.zone());
    Money cap = p.offline().cashPerStorePerDayCap();
    Money used = reads.read(c -> new SqlPolicyLedger(c).offlineCashIssued(day, cap.currency()));
    return new AgentStatus.OfflineCash(
        day.toString(),
        p.timeZone(),
        new AgentStatus.Amount(used.amountText(), cap.currency().getCurrencyCode()),
        new AgentStatus.Amount(cap.amountText(), cap.currency().getCurrencyCode()));
  }
}
