package io.rebound.central.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnRequest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The ledger against real PostgreSQL, in transactions the test controls. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class SaleLineLedgerDbTest {
  private static final AtomicInteger SALES = new AtomicInteger();

  @Inject Database database;

  @Test
  void two_returns_of_one_line_in_one_transaction_raise_one_exception_earlier_first()
      throws Exception {
    String sale = newSale();
    ReturnAccepted a = returnOf("store-a", sale);
    ReturnAccepted b = returnOf("store-b", sale);

    List<ExceptionView> raised =
        database.inTransaction(c -> SaleLineLedger.record(c, List.of(a, b), Instant.now()));

    assertThat(raised).hasSize(1);
    assertThat(raised.get(0).first().returnId()).isEqualTo(a.returnId());
    assertThat(raised.get(0).second().returnId()).isEqualTo(b.returnId());
    assertThat(raised.get(0).state()).isEqualTo(ExceptionState.OPEN);
  }

  @Test
  void recording_the_same_returns_again_raises_nothing_new() throws Exception {
    String sale = newSale();
    ReturnAccepted a = returnOf("store-a", sale);
    ReturnAccepted b = returnOf("store-b", sale);
    database.inTransaction(c -> SaleLineLedger.record(c, List.of(a), Instant.now()));
    database.inTransaction(c -> SaleLineLedger.record(c, List.of(b), Instant.now()));

    List<ExceptionView> again =
        database.inTransaction(c -> SaleLineLedger.record(c, List.of(a, b), Instant.now()));

    assertThat(again).isEmpty();
    assertThat(exceptionsOfSale(sale)).isEqualTo(1);
  }

  @Test
  void a_concurrent_transaction_waits_for_the_line_and_sees_the_earlier_return() throws Exception {
    String sale = newSale();
    ReturnAccepted a = returnOf("store-a", sale);
    ReturnAccepted b = returnOf("store-b", sale);
    CountDownLatch aRecorded = new CountDownLatch(1);
    CountDownLatch commitA = new CountDownLatch(1);
    CompletableFuture<List<ExceptionView>> first =
        CompletableFuture.supplyAsync(
            () ->
                transaction(
                    () ->
                        database.inTransaction(
                            c -> {
                              List<ExceptionView> r =
                                  SaleLineLedger.record(c, List.of(a), Instant.now());
                              aRecorded.countDown();
                              assertThat(released(commitA)).isTrue();
                              return r;
                            })));
    assertThat(aRecorded.await(20, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<List<ExceptionView>> second =
        CompletableFuture.supplyAsync(
            () ->
                transaction(
                    () ->
                        database.inTransaction(
                            c -> SaleLineLedger.record(c, List.of(b), Instant.now()))));
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(5))
        .until(() -> !second.isDone());

    commitA.countDown();

    assertThat(first.get(20, TimeUnit.SECONDS)).isEmpty();
    assertThat(second.get(20, TimeUnit.SECONDS))
        .singleElement()
        .satisfies(e -> assertThat(e.first().returnId()).isEqualTo(a.returnId()));
  }

  private interface Work<T> {
    T run() throws Exception;
  }

  private static <T> T transaction(Work<T> work) {
    try {
      return work.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean released(CountDownLatch latch) {
    try {
      return latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String newSale() {
    return "SALE-DB-" + System.nanoTime() % 1_000_000_000 + "-" + SALES.incrementAndGet();
  }

  private static ReturnAccepted returnOf(String store, String saleId) {
    ReturnAccepted base = TestEvents.accepted(StoreId.of(store), ReturnId.mint(Clock.systemUTC()));
    ReturnRequest r = base.request();
    OriginalSale sale =
        OriginalSale.of(
            saleId,
            r.originalSale().channel(),
            r.originalSale().soldAt(),
            r.originalSale().tenders());
    return new ReturnAccepted(
        base.returnId(),
        base.storeId(),
        base.acceptedAt(),
        base.mode(),
        base.status(),
        new ReturnRequest(r.terminalId(), sale, r.customer(), r.lines(), r.refundPreference()),
        base.refund(),
        base.decisions());
  }

  private long exceptionsOfSale(String sale) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT count(*) FROM exceptions WHERE sale_id = ?")) {
            ps.setString(1, sale);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
