package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.CARD_RETURN;
import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A full disk (SQLITE_FULL, provoked with max_page_count on the real write connection). */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class StorageFailureTest {
  @Inject WriteLane lane;
  @Inject ReadPool reads;

  @Test
  void full_disk_answers_503_problem_stores_nothing_and_recovers() throws Exception {
    post(newKey(), CARD_RETURN).then().statusCode(201);
    TableCounts before = TableCounts.of(reads);
    long pages = pageCount();
    setMaxPageCount(pages);
    String key = newKey();
    try {
      post(key, manyLines())
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("rule", equalTo("storage-unavailable"))
          .body("detail", not(containsString("SQLITE")))
          .body("detail", not(containsString("Exception")));
      assertThat(TableCounts.of(reads)).isEqualTo(before);
    } finally {
      setMaxPageCount(1_073_741_823L);
    }
    post(key, manyLines()).then().statusCode(201);
  }

  /** A return of 150 lines (~25 KB over three tables): it cannot fit in the existing pages. */
  private static String manyLines() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      lines
          .append(i == 0 ? "" : ",")
          .append("{\"sku\":\"SKU-")
          .append(i)
          .append("\",\"quantity\":1,\"unitPrice\":{\"amount\":\"1.00\",\"currency\":\"USD\"},")
          .append("\"reason\":\"WRONG_SIZE\",\"condition\":\"UNOPENED\"}");
    }
    return "{\"terminalId\":\"POS-01\",\"customer\":{\"customerId\":\"C-FULL\"},\"lines\":["
        + lines
        + "],\"refundPreference\":\"CASH\"}";
  }

  private long pageCount() {
    return reads.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private void setMaxPageCount(long pages) throws Exception {
    lane.submit(
            c -> {
              try (Statement s = c.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
              }
              return null;
            })
        .get(10, TimeUnit.SECONDS);
  }
}
