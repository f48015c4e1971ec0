package io.rebound.edge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteLaneTest {
  @TempDir Path dir;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private Database db;
  private WriteLane lane;
  private ReadPool reads;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    lane = WriteLane.start(db, 256, registry);
    reads = ReadPool.open(db, 2);
  }

  @AfterEach
  void close() {
    lane.close();
    reads.close();
    db.close();
  }

  @Test
  void tasks_queued_together_share_one_commit() throws Exception {
    CountDownLatch holdWriter = new CountDownLatch(1);
    CompletableFuture<Integer> blocker = occupyWriter(holdWriter);
    List<CompletableFuture<Integer>> tasks = new ArrayList<>();
    for (int i = 1; i <= 64; i++) {
      long seq = i;
      tasks.add(lane.submit(c -> DatabaseTest.insertOutboxRow(c, seq)));
    }
    holdWriter.countDown();
    blocker.get(10, TimeUnit.SECONDS);
    for (CompletableFuture<Integer> t : tasks) {
      assertThat(t.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }
    assertThat(registry.get("rebound.sqlite.commits").counter().count()).isEqualTo(2.0);
    assertThat(registry.get("rebound.group.commit.batch.size").summary().max()).isEqualTo(64.0);
    assertThat(reads.<Integer>read(c -> DatabaseTest.count(c, "outbox"))).isEqualTo(64);
  }

  @Test
  void a_batch_never_exceeds_the_configured_maximum() throws Exception {
    lane.close();
    SimpleMeterRegistry small = new SimpleMeterRegistry();
    lane = WriteLane.start(db, 4, small);
    CountDownLatch holdWriter = new CountDownLatch(1);
    occupyWriter(holdWriter);
    List<CompletableFuture<Integer>> tasks = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      long seq = i;
      tasks.add(lane.submit(c -> DatabaseTest.insertOutboxRow(c, seq)));
    }
    holdWriter.countDown();
    CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertThat(small.get("rebound.group.commit.batch.size").summary().max()).isEqualTo(4.0);
  }

  @Test
  void a_failing_task_rolls_back_only_itself() throws Exception {
    CountDownLatch holdWriter = new CountDownLatch(1);
    occupyWriter(holdWriter);
    CompletableFuture<Integer> before = lane.submit(c -> DatabaseTest.insertOutboxRow(c, 1));
    CompletableFuture<Integer> failing =
        lane.submit(
            c -> {
              DatabaseTest.insertOutboxRow(c, 2);
              return DatabaseTest.insertOutboxRow(c, 1); // duplicate primary key
            });
    CompletableFuture<Integer> after = lane.submit(c -> DatabaseTest.insertOutboxRow(c, 3));
    holdWriter.countDown();

    assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(SQLException.class);
    assertThat(reads.<Integer>read(c -> DatabaseTest.count(c, "outbox"))).isEqualTo(2);
    assertThat(
            reads.<String>read(
                c -> {
                  try (var s = c.createStatement();
                      var rs = s.executeQuery("SELECT group_concat(sequence) FROM outbox")) {
                    rs.next();
                    return rs.getString(1);
                  }
                }))
        .isEqualTo("1,3");
  }

  @Test
  void commit_listeners_run_after_the_commit_is_visible_to_readers() throws Exception {
    AtomicInteger seenByListener = new AtomicInteger(-1);
    lane.addCommitListener(
        () -> seenByListener.set(reads.read(c -> DatabaseTest.count(c, "outbox"))));
    lane.submit(c -> DatabaseTest.insertOutboxRow(c, 1)).get(10, TimeUnit.SECONDS);
    await().atMost(Duration.ofSeconds(5)).until(() -> seenByListener.get() == 1);
  }

  @Test
  void a_closed_lane_rejects_new_tasks_and_reports_it() throws Exception {
    CompletableFuture<Integer> queued = lane.submit(c -> DatabaseTest.insertOutboxRow(c, 1));
    lane.close();
    assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(lane.state()).isEqualTo(LaneState.STOPPED);
    assertThat(lane.isRunning()).isFalse();
    assertThatThrownBy(() -> lane.submit(c -> 1).get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(WriteLaneClosedException.class);
  }

  @Test
  void lane_states_only_move_forward() {
    assertThat(LaneState.RUNNING.canMoveTo(LaneState.STOPPING)).isTrue();
    assertThat(LaneState.STOPPING.canMoveTo(LaneState.STOPPED)).isTrue();
    assertThat(LaneState.STOPPED.canMoveTo(LaneState.RUNNING)).isFalse();
    assertThat(LaneState.FAILED.canMoveTo(LaneState.RUNNING)).isFalse();
    assertThat(LaneState.RUNNING.canMoveTo(LaneState.STOPPED)).isFalse();
  }

  /** Submits a task that blocks the writer until {@code release}; returns once it is running. */
  private CompletableFuture<Integer> occupyWriter(CountDownLatch release) {
    CountDownLatch running = new CountDownLatch(1);
    CompletableFuture<Integer> f =
        lane.submit(
            c -> {
              running.countDown();
              hold(release);
              return 0;
            });
    hold(running);
    return f;
  }

  private static void hold(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
