package io.rebound.central.stores;

/**
 * A store's sequence watermarks. {@code contiguous}: the highest n such that events 1..n are all
 * stored; {@code highest}: the highest sequence stored; {@code missing}: how many sequences below
 * {@code highest} are not stored yet. A gap exists while {@code highest > contiguous}.
 *
 * <p>With a shared subscription and N central instances, one store's events can commit out of
 * order; the watermark is therefore advanced under the store row's lock from what is actually
 * stored, not from arrival order. Downstream processing reads a store's events in sequence order up
 * to {@code contiguous} only.
 */
public record SequenceWatermark(long contiguous, long highest, long missing) {

  /** Sequences already stored above a watermark, read from the database in ascending order. */
  public interface StoredSequences {
    /** Up to {@code limit} stored sequences greater than {@code after}, ascending. */
    long[] above(long after, int limit);
  }

  public static final SequenceWatermark NONE = new SequenceWatermark(0, 0, 0);
  static final int PAGE = 5_000;

  public SequenceWatermark {
    if (contiguous < 0 || highest < contiguous || missing < 0 || missing > highest - contiguous) {
      throw new IllegalArgumentException(
          "inconsistent watermark: contiguous="
              + contiguous
              + " highest="
              + highest
              + " missing="
              + missing);
    }
  }

  public boolean hasGap() {
    return highest > contiguous;
  }

  /**
   * The watermark after {@code added} (ascending, distinct, all newly stored) were stored. {@code
   * stored} must already contain them. Reads from {@code stored} only when {@code contiguous + 1}
   * was added, i.e. when the watermark can advance.
   */
  public SequenceWatermark after(long[] added, StoredSequences stored) {
    if (added.length == 0) {
      return this;
    }
    long newHighest = Math.max(highest, added[added.length - 1]);
    long storedAboveBefore = (highest - contiguous) - missing;
    if (added[0] != contiguous + 1) {
      long storedAbove = storedAboveBefore + added.length;
      return new SequenceWatermark(contiguous, newHighest, newHighest - contiguous - storedAbove);
    }
    long c = contiguous;
    long storedAbove = storedAboveBefore + added.length;
    while (true) {
      long[] page = stored.above(c, PAGE);
      int run = 0;
      while (run < page.length && page[run] == c + 1 + run) {
        run++;
      }
      c += run;
      storedAbove -= run;
      if (run < PAGE) {
        break;
      }
    }
    return new SequenceWatermark(c, newHighest, newHighest - c - storedAbove);
  }
}
