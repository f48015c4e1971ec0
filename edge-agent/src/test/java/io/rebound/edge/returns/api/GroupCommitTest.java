package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.cardReturn;
import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.ReadPool;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class GroupCommitTest {
  private static final int TERMINALS = 64;

  @Inject MeterRegistry registry;
  @Inject ReadPool reads;

  @Test
  void concurrent_accepts_share_commits_and_get_gapless_sequences() throws Exception {
    double commitsBefore = commits();
    TableCounts before = TableCounts.of(reads);
    ExecutorService pool = Executors.newFixedThreadPool(TERMINALS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int i = 0; i < TERMINALS; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return post(newKey(), cardReturn()).statusCode();
                }));
      }
      start.countDown();
      for (Future<Integer> r : results) {
        assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }

    double commitsUsed = commits() - commitsBefore;
    assertThat(TableCounts.of(reads).returns()).isEqualTo(before.returns() + TERMINALS);
    assertThat(commitsUsed).isGreaterThanOrEqualTo(1).isLessThan(TERMINALS / 2.0);
    assertThat(registry.get("rebound.group.commit.batch.size").summary().max()).isGreaterThan(2);
    assertThat(sequencesAreGapless()).isTrue();
  }

  private double commits() {
    return registry.get("rebound.sqlite.commits").counter().count();
  }

  private boolean sequencesAreGapless() {
    return reads.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT min(sequence), max(sequence), count(*) FROM outbox")) {
            rs.next();
            return rs.getLong(1) == 1 && rs.getLong(2) == rs.getLong(3);
          }
        });
  }
}
