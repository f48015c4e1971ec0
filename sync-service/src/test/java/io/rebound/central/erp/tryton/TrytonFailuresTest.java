package io.rebound.central.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.central.erp.ErpUnavailableException;
import io.rebound.central.erp.PostingLine;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the Tryton adapter reports a lost session, a stopped server and Tryton's refusals. */
class TrytonFailuresTest {
  private static TrytonServer server;
  private static TrytonReadBack tryton;
  private TrytonErpAdapter adapter;

  @BeforeAll
  static void startTryton() {
    server = TrytonServer.start();
    tryton = new TrytonReadBack(server);
  }

  @AfterAll
  static void stopTryton() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void newAdapter() {
    adapter = new TrytonErpAdapter(TestTrytonConfig.of(server));
  }

  @Test
  void a_lost_session_is_replaced_by_a_new_login_transparently() {
    adapter.postCreditNote(posting("SKU-1", Instant.now()));
    server.reset(); // the seeded database has no session: the adapter's key answers HTTP 401

    ReturnPosting next = posting("SKU-2", Instant.now());
    ErpDocument document = adapter.postCreditNote(next);

    assertThat(document.alreadyPosted()).isFalse();
    assertThat(tryton.countByReference(ErpReference.creditNote(next.returnId()))).isOne();
  }

  @Test
  void a_stopped_trytond_is_unavailable_and_the_retry_after_its_restart_posts() {
    ReturnPosting posting = posting("SKU-1", Instant.now());
    adapter.postStockReturn(posting("SKU-1", Instant.now()));
    server.stop();
    try {
      assertThatThrownBy(() -> adapter.postCreditNote(posting))
          .isInstanceOf(ErpUnavailableException.class)
          .hasMessageContaining("account.invoice")
          .satisfies(e -> assertThat(((ErpUnavailableException) e).retryable()).isTrue());
    } finally {
      server.restart();
    }

    assertThat(adapter.postCreditNote(posting).alreadyPosted()).isFalse();
  }

  @Test
  void a_hanging_trytond_times_out_as_unavailable() {
    TrytonErpAdapter impatient =
        new TrytonErpAdapter(
            new TestTrytonConfig(server.url(), TrytonServer.PASSWORD, Duration.ofSeconds(1)));
    // on a loaded machine the first login alone can exceed the short timeout: warm up until the
    // session exists, so the frozen server is the only reason for the timeout asserted below
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreException(ErpUnavailableException.class)
        .until(() -> impatient.postStockReturn(posting("SKU-1", Instant.now())) != null);
    server.freeze(true);
    try {
      assertThatThrownBy(() -> impatient.postCreditNote(posting("SKU-1", Instant.now())))
          .isInstanceOf(ErpUnavailableException.class)
          .hasMessageContaining("no answer within");
    } finally {
      server.freeze(false);
    }
  }

  @Test
  void an_unknown_sku_is_rejected_naming_the_sku() {
    assertThatThrownBy(() -> adapter.postCreditNote(posting("NO-SUCH-SKU", Instant.now())))
        .isInstanceOf(ErpRejectedException.class)
        .hasMessageContaining("sku")
        .hasMessageContaining("NO-SUCH-SKU");
  }

  @Test
  void a_tryton_user_error_is_a_rejection_with_trytons_message() {
    // No fiscal year covers 2001: Tryton refuses to post the credit note (UserError).
    ReturnPosting outOfYear = posting("SKU-1", Instant.parse("2001-06-01T10:00:00Z"));

    assertThatThrownBy(() -> adapter.postCreditNote(outOfYear))
        .isInstanceOf(ErpRejectedException.class)
        .hasMessageContaining("tryton refused model.account.invoice.post")
        .hasMessageContaining("2001");
  }

  @Test
  void a_wrong_password_is_unavailable_not_a_rejection() {
    TestTrytonConfig base = TestTrytonConfig.of(server);
    TrytonErpAdapter wrong =
        new TrytonErpAdapter(
            new TestTrytonConfig(base.url(), "not-the-password", Duration.ofSeconds(5)));

    assertThatThrownBy(() -> wrong.postCreditNote(posting("SKU-1", Instant.now())))
        .isInstanceOf(ErpUnavailableException.class)
        .hasMessageContaining("login");
  }

  private static ReturnPosting posting(String sku, Instant acceptedAt) {
    ReturnId id = ReturnId.mint(Clock.systemUTC());
    return new ReturnPosting(
        id,
        StoreId.of("store-1"),
        acceptedAt,
        null,
        null,
        Money.of("20.00", "EUR"),
        List.of(new PostingLine(sku, 1, Money.of("20.00", "EUR"))));
  }
}
