package io.rebound.edge.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rebound.edge.store.Database;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.ids.CreditBlockId;
import io.rebound.protocols.ids.RequestId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.requests.CreditBlockGrant;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store-credit numbers against a real SQLite file, closed and reopened as by an agent restart. */
class CreditBlocksRestartTest {
  private static final Clock CLOCK = Clock.systemUTC();

  @TempDir Path dir;

  @Test
  void numbers_are_unique_across_a_restart_and_all_inside_the_reserved_blocks() throws Exception {
    CreditBlockGrant first = grant(101, 104);
    CreditBlockGrant second = grant(9001, 9003);
    List<Long> taken = new ArrayList<>();

    runAgent(
        lane -> {
          lane.submit(c -> CreditBlocks.record(c, first)).get();
          lane.submit(c -> CreditBlocks.record(c, second)).get();
          for (int i = 0; i < 3; i++) {
            taken.add(take(lane).orElseThrow().value());
          }
        });
    runAgent(
        lane -> {
          assertThat(lane.submit(CreditBlocks::remaining).get()).isEqualTo(4);
          assertThat(lane.submit(c -> CreditBlocks.record(c, first)).get())
              .as("a grant received again is ignored")
              .isFalse();
          for (int i = 0; i < 4; i++) {
            taken.add(take(lane).orElseThrow().value());
          }
          assertThat(take(lane)).as("every number used").isEmpty();
          assertThat(lane.submit(CreditBlocks::remaining).get()).isZero();
        });

    assertThat(new HashSet<>(taken)).hasSize(7);
    assertThat(taken).containsExactly(101L, 102L, 103L, 104L, 9001L, 9002L, 9003L);
    assertThat(new StoreCreditNumber(102).reference()).isEqualTo("SC-0000000102");
  }

  @Test
  void a_number_taken_in_a_rolled_back_task_is_taken_again_never_skipped_twice() throws Exception {
    runAgent(
        lane -> {
          lane.submit(c -> CreditBlocks.record(c, grant(1, 2))).get();
          try {
            lane.submit(
                    c -> {
                      CreditBlocks.take(c, ReturnId.mint(CLOCK));
                      throw new IllegalStateException("the accept task failed");
                    })
                .get();
          } catch (java.util.concurrent.ExecutionException expected) {
            // the task's savepoint is rolled back with it
          }
          assertThat(take(lane).orElseThrow().value()).isEqualTo(1);
          assertThat(take(lane).orElseThrow().value()).isEqualTo(2);
        });
  }

  private interface AgentRun {
    void run(WriteLane lane) throws Exception;
  }

  private void runAgent(AgentRun run) throws Exception {
    Database db = Database.open(dir);
    WriteLane lane = WriteLane.start(db, 8, new SimpleMeterRegistry());
    try {
      run.run(lane);
    } finally {
      lane.close();
      db.close();
    }
  }

  private static Optional<StoreCreditNumber> take(WriteLane lane) throws Exception {
    return lane.submit(c -> CreditBlocks.take(c, ReturnId.mint(CLOCK))).get();
  }

  private static CreditBlockGrant grant(long first, long last) {
    return CreditBlockGrant.of(
        RequestId.mint(CLOCK), CreditBlockId.mint(CLOCK), first, last, Instant.now());
  }
}
