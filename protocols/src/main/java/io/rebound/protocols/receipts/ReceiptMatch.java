package io.rebound.protocols.receipts;

import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.Tender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a return agrees with its verified receipt: same sale id, channel, sale instant and
 * tenders (in any order), and every returned line's sku (and sale line id, when the return names
 * one) and unit price on the receipt with at least the returned quantity (summed over the return's
 * lines). A mismatch is reported as a sentence naming the field.
 */
public final class ReceiptMatch {
  private ReceiptMatch() {}

  /** The first difference between {@code claims} and the return, or empty when they agree. */
  public static Optional<String> mismatch(
      ReceiptClaims claims, OriginalSale sale, List<ReturnLine> lines) {
    if (!claims.saleId().equals(sale.saleId())) {
      return differs("originalSale.saleId", sale.saleId(), claims.saleId());
    }
    if (claims.channel() != sale.channel()) {
      return differs("originalSale.channel", sale.channel(), claims.channel());
    }
    if (!claims.soldAt().equals(sale.soldAt())) {
      return differs("originalSale.soldAt", sale.soldAt(), claims.soldAt());
    }
    if (!sameTenders(claims.tenders(), sale.tenders())) {
      return Optional.of("originalSale.tenders differ from the tenders on the receipt");
    }
    Map<Integer, Integer> wanted = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      ReturnLine line = lines.get(i);
      List<Integer> candidates = candidates(claims.lines(), line);
      if (candidates.isEmpty()) {
        return Optional.of(
            "lines["
                + i
                + "] (sku "
                + line.sku()
                + " at "
                + line.unitPrice()
                + ") is not on the receipt");
      }
      Optional<Integer> room =
          candidates.stream()
              .filter(
                  j ->
                      wanted.getOrDefault(j, 0) + line.quantity()
                          <= claims.lines().get(j).quantity())
              .findFirst();
      if (room.isEmpty()) {
        int sold = candidates.stream().mapToInt(j -> claims.lines().get(j).quantity()).sum();
        return Optional.of(
            "lines["
                + i
                + "].quantity: more of sku "
                + line.sku()
                + " returned than the "
                + sold
                + " on the receipt");
      }
      wanted.merge(room.get(), line.quantity(), Integer::sum);
    }
    return Optional.empty();
  }

  private static List<Integer> candidates(List<ReceiptLine> receipt, ReturnLine line) {
    List<Integer> found = new ArrayList<>();
    for (int j = 0; j < receipt.size(); j++) {
      ReceiptLine r = receipt.get(j);
      boolean sameLine = line.saleLineId() == null || line.saleLineId().equals(r.saleLineId());
      if (r.sku().equals(line.sku()) && sameLine && r.unitPrice().equals(line.unitPrice())) {
        found.add(j);
      }
    }
    return found;
  }

  private static boolean sameTenders(List<Tender> signed, List<Tender> asked) {
    if (signed.size() != asked.size()) {
      return false;
    }
    List<Tender> left = new ArrayList<>(signed);
    for (Tender t : asked) {
      if (!left.remove(t)) {
        return false;
      }
    }
    return left.isEmpty();
  }

  private static Optional<String> differs(String field, Object asked, Object signed) {
    return Optional.of(
        field + " is " + Objects.toString(asked) + " but the receipt says " + signed);
  }
}
