package io.rebound.protocols.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

  @Test
  void ids_are_strictly_increasing_across_100k_calls_in_one_millisecond() {
    Clock frozen = Clock.fixed(Instant.now(), ZoneOffset.UTC);
    UUID previous = TimeOrderedUuid.next(frozen);
    for (int i = 0; i < 100_000; i++) {
      UUID next = TimeOrderedUuid.next(frozen);
      assertThat(next.version()).isEqualTo(7);
      assertThat(next.variant()).isEqualTo(2);
      assertThat(next.compareTo(previous)).as("numeric order at call %d", i).isPositive();
      assertThat(next.toString()).as("text order at call %d", i).isGreaterThan(previous.toString());
      previous = next;
    }
  }

  @Test
  void ids_stay_increasing_when_the_wall_clock_steps_back() {
    Instant now = Instant.now();
    UUID later = TimeOrderedUuid.next(Clock.fixed(now.plusSeconds(5), ZoneOffset.UTC));
    UUID afterStepBack = TimeOrderedUuid.next(Clock.fixed(now, ZoneOffset.UTC));

    assertThat(afterStepBack.toString()).isGreaterThan(later.toString());
  }

  @Test
  void the_timestamp_is_the_clock_millisecond() {
    Instant future = Instant.parse("2099-01-01T00:00:00.123Z");
    UUID id = TimeOrderedUuid.next(Clock.fixed(future, ZoneOffset.UTC));

    assertThat(TimeOrderedUuid.millisOf(id)).isEqualTo(future.toEpochMilli());
  }

  @Test
  void concurrent_callers_never_receive_the_same_id() {
    ConcurrentSkipListSet<UUID> ids = new ConcurrentSkipListSet<>();
    List<Thread> threads = new ArrayList<>();
    IntStream.range(0, 8)
        .forEach(
            t ->
                threads.add(
                    new Thread(
                        () -> {
                          for (int i = 0; i < 10_000; i++) {
                            ids.add(TimeOrderedUuid.next(Clock.systemUTC()));
                          }
                        })));
    threads.forEach(Thread::start);
    threads.forEach(TimeOrderedUuidTest::join);

    assertThat(ids).hasSize(80_000);
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
