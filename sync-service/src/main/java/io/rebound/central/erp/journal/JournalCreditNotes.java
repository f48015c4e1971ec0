package io.rebound.central.erp.journal;

import io.rebound.central.db.Database;
import io.rebound.central.db.DatabaseException;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.ErpUnavailableException;
import io.rebound.central.erp.PostedCreditNote;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.money.Money;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Reads a return's credit note back from the journal: the entry with the return's credit-note
 * reference; its amount is what it credits {@link JournalAccount#CUSTOMER_REFUNDS} (2100).
 */
@Singleton
public class JournalCreditNotes {
  private final Database database;

  @Inject
  public JournalCreditNotes(Database database) {
    this.database = database;
  }

  Optional<PostedCreditNote> find(ReturnId returnId) {
    try {
      return database.read(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT e.id, e.currency, COALESCE(SUM(l.credit_minor - l.debit_minor), 0)"
                        + " FROM journal_entries e LEFT JOIN journal_lines l"
                        + " ON l.entry_id = e.id AND l.account = ?"
                        + " WHERE e.reference = ? AND e.kind = 'CREDIT_NOTE'"
                        + " GROUP BY e.id, e.currency")) {
              ps.setString(1, JournalAccount.CUSTOMER_REFUNDS.label());
              ps.setString(2, ErpReference.creditNote(returnId));
              try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(2) == null) {
                  return Optional.empty();
                }
                return Optional.of(
                    new PostedCreditNote(
                        JournalWriter.externalReference(rs.getLong(1)),
                        Money.ofMinor(rs.getLong(3), Money.currency(rs.getString(2)))));
              }
            }
          });
    } catch (DatabaseException e) {
      throw new ErpUnavailableException("journal: central database: " + e.getMessage(), e);
    }
  }
}
