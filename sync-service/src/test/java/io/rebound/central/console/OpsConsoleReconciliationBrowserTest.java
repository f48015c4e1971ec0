package io.rebound.central.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.reconciliation.EmbeddedAdapters;
import io.rebound.central.reconciliation.ReconciliationEvents;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.OpsTestCredentials;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.ui.testing.Browser;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The Reconciliation page in Chromium with the embedded adapters: an operator runs a reconciliation
 * for one store and sees its totals and the finding; a viewer reads runs but has no Run button, and
 * the API refuses the viewer's POST.
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
@TestProfile(EmbeddedAdapters.class)
class OpsConsoleReconciliationBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Set<String> WORKING = Set.of("PENDING", "IN_PROGRESS", "RETRY_WAIT");

  @TestHTTPResource("/")
  URI base;

  @Inject ErpAdapter erp;

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
  void operator_runs_a_reconciliation_and_sees_totals_and_the_credit_note_without_money() {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore("recon-ui"), TestBroker.host(), TestBroker.port())) {
      ReturnAccepted paid =
          ReconciliationEvents.cardReturn(store.store(), "ch_3Pui1", Money.of("49.00", "USD"));
      ReturnAccepted declined =
          ReconciliationEvents.cardReturn(store.store(), "ch_decline_ui", Money.of("30.00", "USD"));
      store.publish(ReconciliationEvents.event(store.store(), 1, paid));
      store.publish(ReconciliationEvents.event(store.store(), 2, declined));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  ProcessApi.all(paid.returnId(), "SUCCEEDED")
                      && "DECLINED".equals(ProcessApi.state(declined.returnId(), StepKind.REFUND))
                      && !WORKING.contains(
                          String.valueOf(
                              ProcessApi.state(declined.returnId(), StepKind.CREDIT_NOTE))));
      // posted by the process today (the declined-refund bug), or here once that is fixed
      erp.postCreditNote(ReconciliationEvents.posting(declined));

      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      console.go("#/reconciliation");
      day("recon-from", paid);
      WebElement storeField = browser.visible("[data-testid=recon-store]");
      storeField.sendKeys(store.store().value());
      browser.visible("[data-testid=recon-start]").click();

      browser.visible("[data-testid=recon-run][data-state=COMPLETED]");
      assertThat(browser.text("[data-testid=recon-summary]"))
          .contains("2 returns checked, 1 mismatches");
      String finding =
          "[data-testid=recon-finding][data-kind=CREDIT_NOTE_WITHOUT_MONEY][data-return='"
              + declined.returnId()
              + "']";
      assertThat(browser.text(finding)).contains("rule: CREDIT_NOTE_WITHOUT_MONEY");
      assertThat(browser.all("[data-testid=recon-finding]")).hasSize(1);
      assertThat(browser.text("[data-testid=recon-total][data-currency=USD]"))
          .contains("79.00")
          .contains("49.00");
      browser.screenshot("ops-reconciliation-run");

      console.go("#/reconciliation");
      browser.visible("[data-testid=recon-run-row]");
      assertThat(browser.all("[data-testid=recon-run-row][data-mismatches='1']")).isNotEmpty();
    }
  }

  @Test
  void a_viewer_reads_runs_without_a_run_button_and_the_api_refuses_a_viewers_run()
      throws Exception {
    String viewer = OpsConsolePage.newUser("viewer");
    console.login(viewer, OpsConsolePage.PASSWORD);
    console.go("#/reconciliation");
    browser.waitFor(d -> browser.text("main").contains("needs the operator role"));
    assertThat(browser.all("[data-testid=recon-start]")).isEmpty();

    String token =
        (String)
            browser.script(
                "return JSON.parse(sessionStorage.getItem('rebound.ops.session')).token");
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/api/v1/reconciliation/runs"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"from\":\"2026-11-26\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    HttpResponse<String> read =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/api/v1/reconciliation/runs"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
  }

  /** Sets a date input to the return's UTC acceptance day (the page defaults to today). */
  private void day(String testId, ReturnAccepted r) {
    LocalDate day = r.acceptedAt().atZone(ZoneOffset.UTC).toLocalDate();
    browser.script(
        "document.querySelector(\"[data-testid=" + testId + "]\").value = arguments[0];",
        day.toString());
  }
}
