package io.rebound.central.ingest;

import io.rebound.central.acks.StoreAck;
import java.util.ArrayList;
import java.util.List;

/**
 * What one committed transaction did: the acks to publish (in message order) and the counts for
 * metrics. {@code newDeadLetters} counts dead-letter rows created (a redelivered poison adds none).
 */
public record BatchResult(
    List<StoreAck> acks, int stored, int duplicates, int deadLettered, int newDeadLetters) {

  public BatchResult {
    acks = List.copyOf(acks);
  }

  public static BatchResult empty() {
    return new BatchResult(List.of(), 0, 0, 0, 0);
  }

  public BatchResult plus(BatchResult other) {
    List<StoreAck> all = new ArrayList<>(acks);
    all.addAll(other.acks);
    return new BatchResult(
        all,
        stored + other.stored,
        duplicates + other.duplicates,
        deadLettered + other.deadLettered,
        newDeadLetters + other.newDeadLetters);
  }
}
