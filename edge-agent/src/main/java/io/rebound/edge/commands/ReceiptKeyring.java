package io.rebound.edge.commands;

import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.receipts.ReceiptKeySet;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The receipt keys the store verifies receipt tokens with: loaded from SQLite at startup, replaced
 * by a newer set from central. Reading it is free (no I/O), so token checks work offline.
 */
@Singleton
public class ReceiptKeyring {
  private final AtomicReference<ReceiptKeySet> current;

  ReceiptKeyring(ReadPool reads) {
    this.current = new AtomicReference<>(reads.read(ReceiptKeyRows::load));
  }

  /** The key set in force. */
  public ReceiptKeySet current() {
    return current.get();
  }

  /** Puts {@code set} in force if its version is newer; returns whether it did. */
  boolean replaceIfNewer(ReceiptKeySet set) {
    ReceiptKeySet before = current.getAndUpdate(c -> set.version() > c.version() ? set : c);
    return set.version() > before.version();
  }
}
