package io.rebound.central.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.ProcessEvents;
import io.rebound.central.process.ScriptedGateway;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.OpsTestCredentials;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.ui.testing.Browser;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Return search (server-side paging, 10,000 rows) and one return's lineage, in Chromium. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class OpsConsoleReturnsBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration PAGE_BUDGET = Duration.ofSeconds(1);

  @TestHTTPResource("/")
  URI base;

  @Inject Database database;

  @Inject
  @Identifier("scripted")
  ScriptedGateway gateway;

  private Browser browser;
  private OpsConsolePage console;

  @BeforeEach
  void start() {
    browser = Browser.start();
    console = new OpsConsolePage(browser, base);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void search_finds_a_card_return_and_its_timeline_shows_store_central_gateway_and_erp() {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("lineage"), TestBroker.host(), TestBroker.port())) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      store.publish(ProcessEvents.event(store.store(), 1, r));
      await().atMost(WAIT).until(() -> ProcessApi.all(r.returnId(), "SUCCEEDED"));
      await()
          .atMost(WAIT)
          .until(() -> ProcessApi.kinds(r.returnId()).contains(StepKind.STOCK_RETURN.name()));

      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      console.go("#/returns");
      browser.visible("[data-testid=return-row]");
      browser.visible("#q-storeId").sendKeys(store.store().value());
      browser.visible("[data-testid=returns-search]").click();
      browser.waitFor(
          d ->
              d.findElements(By.cssSelector("[data-testid=return-row]")).size() == 1
                  && d.getCurrentUrl().contains("storeId="));
      assertThat(browser.attribute("[data-testid=return-row]", "data-return"))
          .isEqualTo(r.returnId().toString());
      assertThat(browser.text("[data-testid=return-row]")).contains("$49.99").contains("SUCCEEDED");
      browser.screenshot("ops-returns");

      browser.visible("[data-testid=return-link]").click();
      browser.visible("[data-testid=return-detail][data-return='" + r.returnId() + "']");
      List<String> steps =
          browser.all("[data-testid=timeline-entry]").stream()
              .map(e -> e.getAttribute("data-step"))
              .toList();
      assertThat(steps)
          .startsWith("ACCEPTED_AT_STORE")
          .contains("RECEIVED_BY_CENTRAL", "STEP_ATTEMPTED");
      String refund = browser.text("[data-testid=step-row][data-kind=REFUND]");
      assertThat(refund).contains("SUCCEEDED").containsPattern("re_\\S+");
      assertThat(browser.text("[data-testid=step-row][data-kind=CREDIT_NOTE]"))
          .contains("SUCCEEDED");
      assertThat(browser.all("[data-testid=sandbox-mark]")).isNotEmpty();
      // store time with UTC on hover
      assertThat(browser.attribute("[data-testid=timeline-entry] time", "title")).endsWith("UTC");
      browser.screenshot("ops-return-detail");
    }
  }

  @Test
  void the_lineage_of_a_declined_card_refund_shows_the_credit_note_held_as_a_dead_letter() {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("lineage-decl"), TestBroker.host(), TestBroker.port())) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      gateway.script(r.returnId(), ScriptedGateway.Behaviour.DECLINE);
      store.publish(ProcessEvents.event(store.store(), 1, r));
      await()
          .atMost(WAIT)
          .until(() -> ProcessApi.stepDeadLetter(r.returnId(), StepKind.CREDIT_NOTE) != null);

      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      console.go("#/returns/" + r.returnId());
      browser.visible("[data-testid=return-detail][data-return='" + r.returnId() + "']");
      assertThat(browser.text("[data-testid=step-row][data-kind=REFUND]")).contains("DECLINED");
      assertThat(browser.text("[data-testid=step-row][data-kind=CREDIT_NOTE]"))
          .contains("DEAD_LETTERED")
          .contains("expired_card");
      assertThat(browser.attribute("[data-testid=step-dead-letter]", "data-rule"))
          .isEqualTo("process.credit-note.refund-declined");
      assertThat(browser.text("[data-testid=step-dead-letter]"))
          .contains("held", "refund declined at the gateway (expired_card)");
      assertThat(
              browser.all("[data-testid=timeline-entry]").stream()
                  .map(e -> e.getAttribute("data-step")))
          .contains("STEP_DEAD_LETTERED");
      browser.screenshot("ops-return-declined");
    }
  }

  @Test
  void the_search_page_loads_in_under_a_second_with_10000_returns_in_the_database()
      throws Exception {
    String store = TestEvents.newStore("bulk").value();
    seed(store, 10_000);
    console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
    // warm the browser cache and the JIT once, as a tablet in use would be
    browser.open(console.url("#/returns?storeId=" + store));
    browser.waitFor(d -> rows() == 50);
    browser.open("about:blank");

    for (String hash : List.of("#/returns", "#/returns?storeId=" + store)) {
      long start = System.nanoTime();
      browser.open(console.url(hash));
      browser.waitFor(d -> rows() == 50);
      Duration took = OpsConsolePage.elapsedSince(start);
      assertThat(took)
          .as("navigation to %s + first 50 rows rendered", hash)
          .isLessThan(PAGE_BUDGET);
      browser.open("about:blank");
    }

    browser.open(console.url("#/returns?storeId=" + store));
    browser.waitFor(d -> rows() == 50);
    String firstOfPage1 = browser.attribute("[data-testid=return-row]", "data-return");
    long start = System.nanoTime();
    browser.visible("[data-testid=returns-older]").click();
    browser.waitFor(
        d ->
            rows() == 50
                && !firstOfPage1.equals(
                    browser.attribute("[data-testid=return-row]", "data-return")));
    assertThat(OpsConsolePage.elapsedSince(start)).isLessThan(PAGE_BUDGET);
    browser.screenshot("ops-returns-10000");
    browser.visible("[data-testid=returns-newer]").click();
    browser.waitFor(
        d -> firstOfPage1.equals(browser.attribute("[data-testid=return-row]", "data-return")));
  }

  private long rows() {
    return ((Number)
            browser.script("return document.querySelectorAll('[data-testid=return-row]').length"))
        .longValue();
  }

  /** Inserts {@code count} returns (and their ingested events) of one store straight in SQL. */
  private void seed(String store, int count) throws Exception {
    database.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "WITH ev AS (INSERT INTO ingested_events (event_id, store_id, sequence,"
                      + " event_type, schema_version, occurred_at, received_at, traceparent)"
                      + " SELECT gen_random_uuid(), ?, g, 'return.accepted', '1.0',"
                      + " now() - g * interval '1 minute', now(),"
                      + " '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'"
                      + " FROM generate_series(1, ?) g RETURNING event_id, sequence, occurred_at)"
                      + " INSERT INTO returns (return_id, store_id, terminal_id, status, mode,"
                      + " accepted_at, currency, total_amount, refund_method, refund_amount,"
                      + " refund_status, event_id, sequence, received_at, payload)"
                      + " SELECT gen_random_uuid(), ?, 'T-1', CASE WHEN sequence % 7 = 0"
                      + " THEN 'PENDING_APPROVAL' ELSE 'ACCEPTED' END, 'ONLINE', occurred_at,"
                      + " 'EUR', 12.50, 'CARD', 12.50, 'DEFERRED', event_id, sequence, now(),"
                      + " '{}'::jsonb FROM ev")) {
            ps.setString(1, store);
            ps.setInt(2, count);
            ps.setString(3, store);
            return ps.executeUpdate();
          }
        });
    try (var c = database.connection();
        var s = c.createStatement()) {
      s.execute("ANALYZE returns");
    }
  }
}
