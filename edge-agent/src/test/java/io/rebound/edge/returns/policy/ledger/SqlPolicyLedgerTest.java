package io.rebound.edge.returns.policy.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rebound.edge.returns.policy.LedgerEntries;
import io.rebound.edge.returns.policy.PriorReturn;
import io.rebound.edge.returns.policy.SaleLineKey;
import io.rebound.edge.store.Database;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.store.WriteTask;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger on a real SQLite file, through the real write lane. */
class SqlPolicyLedgerTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
  private static final Currency USD = Currency.getInstance("USD");
  private static final SaleLineKey LINE = new SaleLineKey("WEB-1", "sku:SKU-1");

  @TempDir Path dir;
  private Database db;
  private WriteLane lane;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    lane = WriteLane.start(db, 64, new SimpleMeterRegistry());
  }

  @AfterEach
  void close() {
    lane.close();
    db.close();
  }

  @Test
  void recorded_entries_are_read_back_per_day_customer_and_sale_line() throws Exception {
    ReturnId first = ReturnId.mint(Clock.systemUTC());
    ReturnId second = ReturnId.mint(Clock.systemUTC());
    run(c -> record(c, first, entries("150.00", "C-1", Map.of(LINE, 2))));
    run(c -> record(c, second, entries("0.05", "C-1", Map.of())));

    assertThat(cash(DAY, USD)).isEqualTo(Money.of("150.05", "USD"));
    assertThat(cash(DAY.plusDays(1), USD)).isEqualTo(Money.zero(USD));
    assertThat(cash(DAY, Currency.getInstance("EUR")))
        .isEqualTo(Money.zero(Currency.getInstance("EUR")));
    assertThat(noReceipt("C-1", DAY)).isEqualTo(2);
    assertThat(noReceipt("C-1", DAY.minusDays(1))).isZero();
    assertThat(prior(LINE)).contains(new PriorReturn(first, 2));
    assertThat(prior(new SaleLineKey("WEB-2", "sku:SKU-1"))).isEmpty();
  }

  @Test
  void a_later_task_of_the_same_group_commit_sees_an_earlier_tasks_entries() throws Exception {
    CountDownLatch holdWriter = new CountDownLatch(1);
    CompletableFuture<Object> blocker =
        lane.submit(
            c -> {
              try {
                holdWriter.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return null;
            });
    ReturnId id = ReturnId.mint(Clock.systemUTC());
    CompletableFuture<Void> write =
        lane.submit(c -> record(c, id, entries("99.99", null, Map.of(LINE, 1))));
    CompletableFuture<Money> read =
        lane.submit(c -> new SqlPolicyLedger(c).offlineCashIssued(DAY, USD));
    holdWriter.countDown();

    blocker.get(10, TimeUnit.SECONDS);
    write.get(10, TimeUnit.SECONDS);
    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(Money.of("99.99", "USD"));
  }

  @Test
  void entries_of_a_task_that_fails_afterwards_are_rolled_back_with_it() throws Exception {
    ReturnId id = ReturnId.mint(Clock.systemUTC());
    CompletableFuture<Void> failing =
        lane.submit(
            c -> {
              record(c, id, entries("10.00", "C-9", Map.of(LINE, 1)));
              throw new IllegalStateException("the rest of the accept transaction failed");
            });

    assertThat(failing).failsWithin(10, TimeUnit.SECONDS);
    assertThat(cash(DAY, USD)).isEqualTo(Money.zero(USD));
    assertThat(noReceipt("C-9", DAY)).isZero();
    assertThat(prior(LINE)).isEmpty();
  }

  private static LedgerEntries entries(
      String cash, String customer, Map<SaleLineKey, Integer> lines) {
    return new LedgerEntries(
        DAY, Optional.of(Money.of(cash, "USD")), Optional.ofNullable(customer), lines);
  }

  private static Void record(java.sql.Connection c, ReturnId id, LedgerEntries entries)
      throws java.sql.SQLException {
    new SqlPolicyLedger(c).record(id, entries);
    return null;
  }

  private Money cash(LocalDate day, Currency currency) throws Exception {
    return lane.submit(c -> new SqlPolicyLedger(c).offlineCashIssued(day, currency))
        .get(10, TimeUnit.SECONDS);
  }

  private int noReceipt(String customer, LocalDate day) throws Exception {
    return lane.submit(c -> new SqlPolicyLedger(c).noReceiptReturns(customer, day))
        .get(10, TimeUnit.SECONDS);
  }

  private Optional<PriorReturn> prior(SaleLineKey line) throws Exception {
    return lane.submit(c -> new SqlPolicyLedger(c).priorReturn(line)).get(10, TimeUnit.SECONDS);
  }

  private <T> T run(WriteTask<T> task) throws Exception {
    return lane.submit(task).get(10, TimeUnit.SECONDS);
  }
}
