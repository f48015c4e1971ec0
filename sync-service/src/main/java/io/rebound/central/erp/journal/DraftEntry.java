package io.rebound.central.erp.journal;

import io.rebound.central.erp.ErpRejectedException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An entry being built: lines added as debit/credit pairs (so it balances by construction; {@link
 * #checkBalanced()} verifies it before writing) and the stock it moves.
 */
final class DraftEntry {
  /** One double-entry line; exactly one side is non-zero. */
  record Line(JournalAccount account, long debitMinor, long creditMinor) {}

  /** One stock movement; {@code unitCostMinor} null when not valued. */
  record Movement(String sku, int quantity, String from, String to, Long unitCostMinor) {}

  final String reference;
  final EntryKind kind;
  final ReturnId returnId;
  final StoreId storeId;
  Currency currency;
  final List<Line> lines = new ArrayList<>();
  final List<Movement> movements = new ArrayList<>();

  DraftEntry(String reference, EntryKind kind, ReturnId returnId, StoreId storeId) {
    this.reference = reference;
    this.kind = kind;
    this.returnId = returnId;
    this.storeId = storeId;
  }

  /** Debits {@code debit} and credits {@code credit} with {@code minor} (nothing when zero). */
  void transfer(JournalAccount debit, JournalAccount credit, long minor) {
    if (minor == 0) {
      return;
    }
    lines.add(new Line(debit, minor, 0));
    lines.add(new Line(credit, 0, minor));
  }

  void checkBalanced() {
    long debit = lines.stream().mapToLong(Line::debitMinor).sum();
    long credit = lines.stream().mapToLong(Line::creditMinor).sum();
    if (debit != credit) {
      throw new ErpRejectedException(
          "lines: debits " + debit + " ≠ credits " + credit + " (rule: balanced entry)");
    }
    if (!lines.isEmpty() && currency == null) {
      throw new ErpRejectedException("currency: an entry with amounts needs a currency");
    }
  }
}
