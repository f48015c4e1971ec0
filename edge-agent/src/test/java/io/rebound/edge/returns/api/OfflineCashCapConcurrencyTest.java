package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 32 POS terminals ask for offline cash at the same instant: the per-store per-day cap (1,000.00)
 * holds because the day's sum is read and updated inside the single-writer accept task.
 */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class OfflineCashCapConcurrencyTest {
  private static final int TERMINALS = 32;

  @Test
  void issued_offline_cash_never_exceeds_the_daily_cap_under_32_concurrent_requests()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(TERMINALS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<JsonPath>> results = new ArrayList<>();
    try {
      for (int i = 0; i < TERMINALS; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  var r = post(newKey(), PolicyBodies.cashReturn("75.00", "USD", 1));
                  assertThat(r.statusCode()).isEqualTo(201);
                  return r.jsonPath();
                }));
      }
      start.countDown();
      BigDecimal issued = BigDecimal.ZERO;
      int issuedCount = 0;
      int pending = 0;
      for (Future<JsonPath> f : results) {
        JsonPath body = f.get(60, TimeUnit.SECONDS);
        assertThat(body.getString("mode")).isEqualTo("OFFLINE");
        assertThat(body.getString("refund.method")).isEqualTo("CASH");
        if ("ISSUED".equals(body.getString("refund.status"))) {
          issued = issued.add(new BigDecimal(body.getString("refund.amount.amount")));
          issuedCount++;
        } else {
          assertThat(body.getString("refund.status")).isEqualTo("PENDING_APPROVAL");
          pending++;
        }
      }
      assertThat(issued).isLessThanOrEqualTo(new BigDecimal("1000.00"));
      assertThat(issuedCount).isEqualTo(13); // 13 × 75.00 = 975.00; a 14th would be 1,050.00
      assertThat(pending).isEqualTo(TERMINALS - 13);
    } finally {
      pool.shutdownNow();
    }
  }
}
