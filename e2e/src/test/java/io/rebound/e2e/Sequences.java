package io.rebound.e2e;

import java.util.List;
import java.util.stream.LongStream;

/** Expected per-store sequences. */
final class Sequences {
  private Sequences() {}

  /** {@code 1, 2, …, n}. */
  static List<Long> oneTo(long n) {
    return LongStream.rangeClosed(1, n).boxed().toList();
  }
}
