package io.rebound.protocols.returns;

import io.rebound.protocols.Checks;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.money.Money;
import java.util.Currency;
import java.util.List;

/**
 * What a POS asks for: the canonical return (body of {@code POST /api/v1/returns}). {@code
 * originalSale} absent means a no-receipt return; {@code customer} is optional. Guarantees:
 * 1..{@value #MAX_LINES} non-null lines in an unmodifiable list; every line price and every tender
 * amount is in the currency of {@code lines[0]} (rule {@code single-currency}), so {@link #total()}
 * never mixes currencies.
 */
public record ReturnRequest(
    TerminalId terminalId,
    OriginalSale originalSale,
    Customer customer,
    List<ReturnLine> lines,
    RefundPreference refundPreference) {

  /** Upper bound on lines per return. */
  public static final int MAX_LINES = 200;

  public ReturnRequest {
    Checks.required(terminalId, "terminalId");
    lines = Checks.nonEmpty(lines, "lines", MAX_LINES);
    Checks.required(refundPreference, "refundPreference");
    Currency currency = lines.get(0).unitPrice().currency();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).unitPrice().currency().equals(currency)) {
        throw new InvalidMessageException(
            "lines[" + i + "].unitPrice.currency",
            "single-currency",
            "must equal the currency of lines[0] (" + currency.getCurrencyCode() + ")");
      }
    }
    if (originalSale != null) {
      for (int i = 0; i < originalSale.tenders().size(); i++) {
        if (!originalSale.tenders().get(i).amount().currency().equals(currency)) {
          throw new InvalidMessageException(
              "originalSale.tenders[" + i + "].amount.currency",
              "single-currency",
              "must equal the currency of the returned lines (" + currency.getCurrencyCode() + ")");
        }
      }
    }
  }

  /** A validated request. */
  public static ReturnRequest of(
      TerminalId terminalId,
      OriginalSale originalSale,
      Customer customer,
      List<ReturnLine> lines,
      RefundPreference refundPreference) {
    return new ReturnRequest(terminalId, originalSale, customer, lines, refundPreference);
  }

  /** Whether the return refers to a receipted sale. */
  public boolean receipted() {
    return originalSale != null;
  }

  /** The one currency of every amount in this request. */
  public Currency currency() {
    return lines.get(0).unitPrice().currency();
  }

  /** Sum of quantity × unit price over all lines. */
  public Money total() {
    Money sum = Money.zero(currency());
    for (ReturnLine line : lines) {
      sum = sum.plus(line.total());
    }
    return sum;
  }
}
