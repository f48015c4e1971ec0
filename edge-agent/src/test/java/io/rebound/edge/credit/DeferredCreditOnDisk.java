package io.rebound.edge.credit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rebound.edge.outbox.OutboxAppender;
import io.rebound.edge.store.Database;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.CreditBlockId;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.RequestId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.rebound.protocols.returns.Decision;
import io.rebound.protocols.returns.DecisionEffect;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.ReturnResponse;
import io.rebound.protocols.returns.ReturnStatus;
import io.rebound.protocols.returns.UpstreamMode;
import io.rebound.testing.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The data directory an agent left behind when it stopped: one store credit accepted DEFERRED (no
 * number was left then) and, stored afterwards, a block of {@link #FIRST}..{@link #LAST} — as when
 * the agent stopped between storing a grant and issuing. Written through the agent's own {@link
 * Database} and {@link WriteLane} before the app starts; no broker (the port is unused).
 */
public class DeferredCreditOnDisk implements QuarkusTestResourceLifecycleManager {
  static final String STORE = "credit-restart";
  static final long FIRST = 777_000_001L;
  static final long LAST = 777_000_002L;

  private static final String REQUEST =
      """
      {"terminalId":"POS-01","customer":{"customerId":"C-restart"},"lines":[{"sku":"SKU-R",\
      "quantity":1,"unitPrice":{"amount":"20.00","currency":"USD"},"reason":"CHANGED_MIND",\
      "condition":"UNOPENED"}],"refundPreference":"STORE_CREDIT"}""";

  @Override
  public Map<String, String> start() {
    Path dir;
    try {
      dir = Files.createTempDirectory("rebound-edge-credit-restart-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Database db = Database.open(dir);
    WriteLane lane = WriteLane.start(db, 8, new SimpleMeterRegistry());
    try {
      lane.submit(
              c -> {
                ReturnAccepted accepted = deferred();
                EventEnvelope envelope =
                    OutboxAppender.append(
                        c,
                        EventId.mint(Clock.systemUTC()),
                        accepted.acceptedAt(),
                        Traceparent.random(),
                        accepted.returnId(),
                        accepted);
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "INSERT INTO returns (return_id, store_id, terminal_id, status, mode,"
                            + " accepted_at, currency, total_minor, refund_method, refund_status,"
                            + " request, response, sequence, event_id, sync_state) VALUES"
                            + " (?, ?, 'POS-01', 'ACCEPTED', 'OFFLINE', ?, 'USD', 2000,"
                            + " 'STORE_CREDIT', 'DEFERRED', ?, ?, ?, ?, 'PENDING')")) {
                  ps.setString(1, accepted.returnId().toString());
                  ps.setString(2, STORE);
                  ps.setLong(3, accepted.acceptedAt().toEpochMilli());
                  ps.setBytes(4, ProtocolJson.toBytes(accepted.request()));
                  ps.setBytes(5, ProtocolJson.toBytes(ReturnResponse.of(accepted)));
                  ps.setLong(6, envelope.sequence());
                  ps.setString(7, envelope.eventId().toString());
                  ps.executeUpdate();
                }
                return CreditBlocks.record(
                    c,
                    CreditBlockGrant.of(
                        RequestId.mint(Clock.systemUTC()),
                        CreditBlockId.mint(Clock.systemUTC()),
                        FIRST,
                        LAST,
                        Instant.now()));
              })
          .join();
    } finally {
      lane.close();
      db.close();
    }
    return Map.of(
        "rebound.data-dir",
        dir.toString(),
        "rebound.store-id",
        STORE,
        "rebound.mqtt.port",
        String.valueOf(FreePort.find()));
  }

  private static ReturnAccepted deferred() {
    ReturnRequest request =
        ProtocolJson.decode(REQUEST.getBytes(StandardCharsets.UTF_8), ReturnRequest.class);
    return new ReturnAccepted(
        ReturnId.mint(Clock.systemUTC()),
        StoreId.of(STORE),
        Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS),
        UpstreamMode.OFFLINE,
        ReturnStatus.ACCEPTED,
        request,
        new Refund(RefundMethod.STORE_CREDIT, request.total(), RefundStatus.DEFERRED, null),
        List.of(
            new Decision(
                "policy.store-credit.no-number-available",
                DecisionEffect.DEFER,
                "No store-credit number is left; the credit is issued when a block arrives")));
  }

  @Override
  public void stop() {
    // the temp dir is left for post-mortem inspection; it lives under java.io.tmpdir
  }
}
