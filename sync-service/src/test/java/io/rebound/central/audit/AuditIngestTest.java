package io.rebound.central.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.audit.ActorKind;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.AuditRecorded;
import io.rebound.protocols.audit.AuditResult;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.envelope.Ack;
import io.rebound.protocols.envelope.AckOutcome;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class AuditIngestTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject Database database;

  @Test
  void a_store_audit_row_is_stored_once_with_who_what_and_result() {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("audit"), TestBroker.host(), TestBroker.port())) {
      EventEnvelope audit = approvalAudit(store.store());
      store.publish(audit);
      await().atMost(WAIT).until(() -> store.acksFor(audit.eventId()).size() == 1);

      store.publish(audit);

      await().atMost(WAIT).until(() -> store.acksFor(audit.eventId()).size() == 2);
      assertThat(store.acksFor(audit.eventId()))
          .extracting(Ack::outcome)
          .containsExactly(AckOutcome.STORED, AckOutcome.DUPLICATE);
      assertThat(storedRow(store.store()))
          .isEqualTo("1|USER|m.jones|MANAGER|POS-01|APPROVAL_DECIDED|SUCCESS");
    }
  }

  private static EventEnvelope approvalAudit(StoreId store) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return EventEnvelope.of(
        EventId.mint(Clock.systemUTC()),
        store,
        1,
        at,
        Traceparent.random(),
        new AuditRecorded(
            1,
            store,
            at,
            ActorKind.USER,
            "m.jones",
            StaffRole.MANAGER,
            TerminalId.of("POS-01"),
            AuditAction.APPROVAL_DECIDED,
            "0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e",
            AuditResult.SUCCESS,
            "APPROVED: regular customer"));
  }

  private String storedRow(StoreId store) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) OVER () || '|' || actor_kind || '|' || actor || '|' || role"
                      + " || '|' || terminal_id || '|' || action || '|' || result"
                      + " FROM audit_events WHERE store_id = ?")) {
            ps.setString(1, store.value());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getString(1);
            }
          }
        });
  }
}
