package io.rebound.central.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SequenceWatermarkTest {
  /** Stores sequences like ingested_events does and advances the watermark as StoreTracker does. */
  private static final class Store {
    final TreeSet<Long> stored = new TreeSet<>();
    SequenceWatermark mark = SequenceWatermark.NONE;
    int reads;

    SequenceWatermark store(long... sequences) {
      for (long s : sequences) {
        stored.add(s);
      }
      mark =
          mark.after(
              LongStream.of(sequences).sorted().toArray(),
              (after, limit) -> {
                reads++;
                return stored.tailSet(after, false).stream()
                    .limit(limit)
                    .mapToLong(Long::longValue)
                    .toArray();
              });
      return mark;
    }
  }

  @Test
  void out_of_order_3_1_2_ends_contiguous_at_3_without_gap() {
    Store store = new Store();
    assertThat(store.store(3)).isEqualTo(new SequenceWatermark(0, 3, 2));
    assertThat(store.store(1)).isEqualTo(new SequenceWatermark(1, 3, 1));
    assertThat(store.store(2)).isEqualTo(new SequenceWatermark(3, 3, 0));
    assertThat(store.mark.hasGap()).isFalse();
  }

  @Test
  void missing_4_with_5_present_is_a_gap_of_one() {
    Store store = new Store();
    store.store(1, 2, 3);
    SequenceWatermark mark = store.store(5);
    assertThat(mark).isEqualTo(new SequenceWatermark(3, 5, 1));
    assertThat(mark.hasGap()).isTrue();
    assertThat(store.store(4)).isEqualTo(new SequenceWatermark(5, 5, 0));
  }

  @Test
  void in_order_batches_advance_without_rereading_the_past() {
    Store store = new Store();
    store.store(1, 2, 3, 4);
    store.store(5, 6);
    assertThat(store.mark).isEqualTo(new SequenceWatermark(6, 6, 0));
    assertThat(store.reads).isEqualTo(2);
  }

  @Test
  void events_above_a_gap_are_counted_without_reading() {
    Store store = new Store();
    store.store(1);
    store.store(3, 4);
    store.store(7);
    assertThat(store.mark).isEqualTo(new SequenceWatermark(1, 7, 3));
    assertThat(store.reads).isEqualTo(1);
  }

  @Test
  void closing_a_gap_under_a_long_stored_run_crosses_page_boundaries() {
    Store store = new Store();
    long top = SequenceWatermark.PAGE * 2L + 10;
    store.store(LongStream.rangeClosed(2, top).toArray());
    assertThat(store.mark).isEqualTo(new SequenceWatermark(0, top, 1));
    assertThat(store.store(1)).isEqualTo(new SequenceWatermark(top, top, 0));
  }

  @Test
  void nothing_added_changes_nothing() {
    SequenceWatermark mark = new SequenceWatermark(2, 5, 2);
    assertThat(mark.after(new long[0], (a, l) -> new long[0])).isSameAs(mark);
  }

  @Test
  void inconsistent_watermarks_are_refused() {
    assertThatThrownBy(() -> new SequenceWatermark(5, 4, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SequenceWatermark(1, 4, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
