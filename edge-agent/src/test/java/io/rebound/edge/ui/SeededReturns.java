package io.rebound.edge.ui;

import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.ReturnId;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * Seeds many synced, accepted cash returns straight into SQLite (one write-lane task): spread over
 * the last {@code days} days, terminals POS-11..POS-15, each with its ACKED outbox row, sequences
 * from {@code firstSequence}. For list-paging and load-time tests.
 */
final class SeededReturns {
  private SeededReturns() {}

  static void seed(WriteLane lane, String storeId, int count, long firstSequence, int days)
      throws Exception {
    Instant now = Instant.now();
    long span = Duration.ofDays(days).toMillis();
    lane.submit(
            c -> {
              try (PreparedStatement outbox =
                      c.prepareStatement(
                          "INSERT INTO outbox (sequence, event_id, event_type, return_id, envelope,"
                              + " state, created_at, acked_at, ack_outcome)"
                              + " VALUES (?, ?, 'return.accepted', ?, ?, 'ACKED', ?, ?, 'STORED')");
                  PreparedStatement returns =
                      c.prepareStatement(
                          "INSERT INTO returns (return_id, store_id, terminal_id, status, mode,"
                              + " accepted_at, currency, total_minor, refund_method, refund_status,"
                              + " request, response, sequence, event_id, sync_state, synced_at)"
                              + " VALUES (?, ?, ?, 'ACCEPTED', 'ONLINE', ?, 'USD', ?, 'CASH',"
                              + " 'ISSUED', ?, ?, ?, ?, 'SYNCED', ?)")) {
                for (int i = 0; i < count; i++) {
                  Instant at = now.minusMillis(span - (span * i) / count + 60_000);
                  Clock clock = Clock.fixed(at, ZoneOffset.UTC);
                  String id = ReturnId.mint(clock).toString();
                  String event = EventId.mint(clock).toString();
                  String terminal = "POS-" + (11 + i % 5);
                  long minor = 1_000 + (i % 90) * 100L;
                  String amount = (minor / 100) + "." + String.format("%02d", minor % 100);
                  long seq = firstSequence + i;
                  outbox.setLong(1, seq);
                  outbox.setString(2, event);
                  outbox.setString(3, id);
                  outbox.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
                  outbox.setLong(5, at.toEpochMilli());
                  outbox.setLong(6, at.toEpochMilli() + 500);
                  outbox.addBatch();
                  returns.setString(1, id);
                  returns.setString(2, storeId);
                  returns.setString(3, terminal);
                  returns.setLong(4, at.toEpochMilli());
                  returns.setLong(5, minor);
                  returns.setBytes(6, request(terminal, amount, at));
                  returns.setBytes(7, response(id, storeId, terminal, amount, at));
                  returns.setLong(8, seq);
                  returns.setString(9, event);
                  returns.setLong(10, at.toEpochMilli() + 500);
                  returns.addBatch();
                }
                outbox.executeBatch();
                returns.executeBatch();
              }
              return null;
            })
        .get(60, TimeUnit.SECONDS);
  }

  private static byte[] request(String terminal, String amount, Instant at) {
    return ("""
        {"terminalId":"%s","originalSale":{"saleId":"SEED-SALE","channel":"STORE",\
        "soldAt":"%s","tenders":[{"type":"CASH","amount":{"amount":"%s","currency":"USD"}}]},\
        "lines":[{"sku":"SKU-SEED","quantity":1,"unitPrice":{"amount":"%s","currency":"USD"},\
        "reason":"CHANGED_MIND","condition":"UNOPENED"}],"refundPreference":"ORIGINAL_TENDER"}"""
            .formatted(terminal, at.minus(Duration.ofDays(2)), amount, amount))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] response(
      String id, String store, String terminal, String amount, Instant at) {
    return ("""
        {"returnId":"%s","storeId":"%s","terminalId":"%s","status":"ACCEPTED","mode":"ONLINE",\
        "acceptedAt":"%s","total":{"amount":"%s","currency":"USD"},\
        "refund":{"method":"CASH","amount":{"amount":"%s","currency":"USD"},"status":"ISSUED"},\
        "decisions":[{"rule":"policy.cash.online","effect":"ACCEPT","message":"Seeded."}]}"""
            .formatted(id, store, terminal, at, amount, amount))
        .getBytes(StandardCharsets.UTF_8);
  }
}
