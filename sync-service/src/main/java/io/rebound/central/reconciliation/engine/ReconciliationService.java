package io.rebound.central.reconciliation.engine;

import io.rebound.central.config.CentralConfig;
import io.rebound.central.config.ReconciliationConfig;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.PostedCreditNote;
import io.rebound.central.payment.PaymentGateway;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.central.reconciliation.model.Finding;
import io.rebound.central.reconciliation.model.FindingClass;
import io.rebound.central.reconciliation.model.ReturnFacts;
import io.rebound.central.reconciliation.store.ReconciliationWindow;
import io.rebound.central.reconciliation.store.RunRepository;
import io.rebound.central.reconciliation.store.WindowReader;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Runs a reconciliation synchronously: refuses windows that are too long or hold too many returns,
 * then walks the window's returns page by page (keyset), asks the configured gateway and ERP about
 * each, applies {@link Rules} and stores the run with its findings and totals.
 */
@Singleton
public class ReconciliationService {
  private static final Logger LOG = Logger.getLogger(ReconciliationService.class);

  private final WindowReader returns;
  private final RunRepository runs;
  private final PaymentGateway gateway;
  private final ErpAdapter erp;
  private final ReconciliationConfig config;
  private final Clock clock;

  @Inject
  public ReconciliationService(
      WindowReader returns,
      RunRepository runs,
      PaymentGateway gateway,
      ErpAdapter erp,
      CentralConfig config) {
    this.returns = returns;
    this.runs = runs;
    this.gateway = gateway;
    this.erp = erp;
    this.config = config.reconciliation();
    this.clock = Clock.systemUTC();
  }

  public StartOutcome run(ReconciliationWindow window, String startedBy) {
    long days = ChronoUnit.DAYS.between(window.from(), window.to()) + 1;
    if (days < 1) {
      return new StartOutcome.Refused(
          "to", "not-before-from", "to " + window.to() + " is before from " + window.from());
    }
    if (days > config.maxWindowDays()) {
      return new StartOutcome.Refused(
          "to",
          "max-window-days",
          "the window covers "
              + days
              + " days; at most rebound.reconciliation.max-window-days = "
              + config.maxWindowDays());
    }
    long count = returns.count(window);
    if (count > config.maxReturns()) {
      return new StartOutcome.Refused(
          "from",
          "max-returns",
          "the window holds "
              + count
              + " returns; at most rebound.reconciliation.max-returns = "
              + config.maxReturns()
              + " per run (narrow the window or give a storeId)");
    }
    long id = runs.start(window, startedBy, gateway.kind(), erp.kind(), clock.instant());
    try {
      walk(id, window);
    } catch (RuntimeException e) {
      LOG.errorf(e, "reconciliation run %d failed", id);
      runs.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
    }
    return new StartOutcome.Ran(runs.find(id).orElseThrow());
  }

  private void walk(long id, ReconciliationWindow window) {
    Rules rules = new Rules(config.creditNoteGrace());
    Sides sides = new Sides(gateway, erp);
    Totals totals = new Totals();
    List<Finding> findings = new ArrayList<>();
    int checked = 0;
    WindowReader.Cursor cursor = null;
    do {
      WindowReader.Page page = returns.page(window, cursor, config.pageSize());
      for (ReturnFacts f : page.returns()) {
        Lookup<RefundOutcome> atGateway = sides.gateway(f);
        Lookup<PostedCreditNote> inLedger = sides.ledger(f);
        findings.addAll(rules.check(f, atGateway, inLedger, clock.instant()));
        if (f.moneyOwed()) {
          totals.expected(f.refund().amount());
        }
        if (atGateway instanceof Lookup.Found<RefundOutcome> found
            && found.value() instanceof RefundOutcome.Succeeded s) {
          totals.refunded(s.amount());
        }
        if (inLedger instanceof Lookup.Found<PostedCreditNote> found) {
          totals.credited(found.value().amount());
        }
        checked++;
      }
      cursor = page.next();
    } while (cursor != null);
    RunRepository.Summary summary =
        new RunRepository.Summary(
            checked,
            count(findings, FindingClass.MISMATCH),
            count(findings, FindingClass.IN_PROGRESS),
            count(findings, FindingClass.UNVERIFIED));
    runs.complete(id, summary, totals.list(), findings, clock.instant());
    LOG.infof(
        "reconciliation run %d (%s..%s%s): %d returns, %d mismatches, %d in progress, %d unverified",
        id,
        window.from(),
        window.to(),
        window.storeId() == null ? "" : ", store " + window.storeId().value(),
        checked,
        summary.mismatches(),
        summary.inProgress(),
        summary.unverified());
  }

  private static int count(List<Finding> findings, FindingClass findingClass) {
    return (int) findings.stream().filter(f -> f.findingClass() == findingClass).count();
  }
}
