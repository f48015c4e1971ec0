package io.rebound.central.ingest;

import io.rebound.central.acks.StoreAck;
import io.rebound.central.exceptions.ExceptionView;
import java.util.ArrayList;
import java.util.List;

/**
 * What one committed transaction did: the acks to publish (in message order) and the counts for
 * metrics. {@code newDeadLetters} counts dead-letter rows created (a redelivered poison adds none);
 * {@code raised} lists the exception records the transaction created.
 */
public record BatchResult(
    List<StoreAck> acks,
    int stored,
    int duplicates,
    int deadLettered,
    int newDeadLetters,
    List<ExceptionView> raised) {

  public BatchResult {
    acks = List.copyOf(acks);
    raised = List.copyOf(raised);
  }

  public BatchResult(
      List<StoreAck> acks, int stored, int duplicates, int deadLettered, int newDeadLetters) {
    this(acks, stored, duplicates, deadLettered, newDeadLetters, List.of());
  }

  BatchResult withRaised(List<ExceptionView> exceptions) {
    return new BatchResult(acks, stored, duplicates, deadLettered, newDeadLetters, exceptions);
  }

  public static BatchResult empty() {
    return new BatchResult(List.of(), 0, 0, 0, 0);
  }

  public BatchResult plus(BatchResult other) {
    List<StoreAck> all = new ArrayList<>(acks);
    all.addAll(other.acks);
    List<ExceptionView> allRaised = new ArrayList<>(raised);
    allRaised.addAll(other.raised);
    return new BatchResult(
        all,
        stored + other.stored,
        duplicates + other.duplicates,
        deadLettered + other.deadLettered,
        newDeadLetters + other.newDeadLetters,
        allRaised);
  }
}
