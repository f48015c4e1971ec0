package io.rebound.edge.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.security.testing.AppUri;
import io.rebound.edge.security.testing.Bodies;
import io.rebound.edge.security.testing.DefaultCredentials;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.store.WriteLane;
import io.rebound.edge.sync.testing.BrokerResource;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.Pos;
import io.rebound.edge.updates.CentralOutcomes;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.ui.testing.Browser;
import io.rebound.ui.testing.LivePage;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The store manager's screen in a real headless Chromium against the running agent (real SQLite,
 * real Mosquitto; central played by a FakeCentral when acks are needed). One browser, one signed-in
 * tab, in order: login and banner; the pending queue filling and draining live (no reload) with a
 * retry of a blocked event; approval with a reason; inspection; then 10,000 seeded returns: list
 * load time, filters and paging. Writes target/screenshots/ui-*.png.
 */
@QuarkusTest
@TestProfile(StoreUiProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreUiBrowserTest {
  private static final Duration LIVE = Duration.ofSeconds(20);
  private static Browser browser;
  private static LivePage page;
  private static final List<String> cardReturns = new ArrayList<>();

  @Inject MqttConnection connection;
  @Inject ReadPool reads;
  @Inject WriteLane lane;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
    page = new LivePage(browser);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void a_manager_signs_in_and_sees_the_banner() {
    await().atMost(LIVE).until(() -> connection.state() == ConnectionState.CONNECTED);
    browser.open(AppUri.http() + "/ui/");
    browser.waitFor(d -> page.exists("[data-testid=login-form]"));
    browser.screenshot("ui-login");
    page.type("[data-testid=username]", DefaultCredentials.MANAGER);
    page.type("[data-testid=password]", "wrong-password-here");
    page.click("[data-testid=login-submit]");
    assertThat(shown("[data-testid=login-error]")).contains("wrong password");

    // keyboard only: Enter in the password field submits the form
    page.type("[data-testid=password]", DefaultCredentials.MANAGER_PASSWORD + Keys.ENTER);

    assertThat(shown("[data-testid=who]")).contains(DefaultCredentials.MANAGER);
    browser.waitFor(d -> page.exists("[data-testid=banner-mode]"));
    browser.waitFor(d -> page.text("[data-testid=live]").equals("live"));
    assertThat(page.text("[data-testid=mode]")).isEqualTo("offline");
    assertThat(page.text("[data-testid=offline-cash-cap]")).contains("1,000.00");
    assertThat(page.text("[data-testid=store-credit-left]")).matches("\\d+");
    assertThat(
            browser.script("return document.querySelector('[data-testid=mode-since] time').title"))
        .asString()
        .endsWith("UTC");
    browser.screenshot("ui-banner");
  }

  @Test
  @Order(2)
  void the_pending_queue_fills_and_drains_live_and_a_blocked_event_is_retried() throws Exception {
    Object loadId = browser.script("return window.__loadId");
    for (int i = 0; i < 3; i++) {
      cardReturns.add(Pos.acceptReturn());
    }
    given()
        .contentType("application/json")
        .header("Idempotency-Key", Bodies.newKey())
        .body(Bodies.cashReturn("POS-01", "40.00"))
        .post("/api/v1/returns")
        .then()
        .statusCode(201);
    for (String id : cardReturns) {
      browser.waitFor(d -> page.exists("[data-testid=pending-event][data-return-id='" + id + "']"));
      browser.waitFor(d -> page.exists("[data-testid=owed-refund][data-return-id='" + id + "']"));
    }
    browser.waitFor(d -> page.text("[data-testid=offline-cash-used]").contains("40.00"));
    // no central acknowledges: the relay resends after each ack timeout; 2 sends = blocked
    String blocked =
        "[data-testid=pending-event][data-return-id='"
            + cardReturns.get(0)
            + "'][data-state=BLOCKED] [data-testid=retry]";
    browser.waitFor(LIVE, d -> page.exists(blocked));
    browser.screenshot("ui-pending-queue");
    // the row is re-rendered on every snapshot: click the current one
    browser.script("document.querySelector(arguments[0]).click()", blocked);
    assertThat(shown("[data-testid=retry-done]")).contains("sent again");
    assertThat(retryAudits()).contains(DefaultCredentials.MANAGER + " OUTBOX_RETRY SUCCESS");

    try (FakeCentral central = FakeCentral.start(BrokerResource.broker(), true)) {
      browser.waitFor(
          LIVE,
          d ->
              cardReturns.stream()
                  .noneMatch(
                      id ->
                          page.exists("[data-testid=pending-event][data-return-id='" + id + "']")));
      browser.waitFor(LIVE, d -> !page.exists("[data-testid=pending-event]"));
      assertThat(central.received()).as("central got the events it acknowledged").isNotEmpty();
      assertThat(browser.script("return window.__loadId")).as("no reload").isEqualTo(loadId);
      browser.waitFor(LIVE, d -> "online".equals(page.text("[data-testid=mode]")));
      browser.screenshot("ui-pending-drained");
    }
    await().atMost(LIVE).until(() -> "OFFLINE".equals(given().get("/api/v1/status").path("mode")));
  }

  @Test
  @Order(3)
  void a_manager_approves_with_a_reason_and_the_timeline_shows_who_and_why() {
    String id =
        given()
            .contentType("application/json")
            .header("Idempotency-Key", Bodies.newKey())
            .body(Bodies.cashReturn("POS-01", "250.00"))
            .post("/api/v1/returns")
            .then()
            .statusCode(201)
            .extract()
            .path("returnId");
    page.click("[data-testid=nav-approvals]");
    String item = "[data-testid=approval-item][data-return-id='" + id + "']";
    assertThat(shown(item + " [data-testid=approval-rule]"))
        .contains("policy.cash.offline-per-return-cap");
    browser.screenshot("ui-approvals");
    page.click(item + " [data-testid=approve]");
    assertThat(shown(item + " [data-testid=approval-error]")).contains("reason");
    browser
        .visible(item + " [data-testid=approval-reason]")
        .sendKeys("Regular customer, receipt seen");
    page.click(item + " [data-testid=approve]");

    assertThat(browser.text("[data-testid=timeline-step][data-kind=APPROVAL_DECIDED]"))
        .contains("APPROVED by " + DefaultCredentials.MANAGER)
        .contains("Regular customer, receipt seen");
    assertThat(shown("[data-testid=detail-status]")).isEqualTo("accepted");
    assertThat(browser.all("[data-testid=timeline-step][data-kind=APPROVAL_REQUESTED]")).hasSize(1);
    assertThat(shown("[data-testid=erp-state]")).contains("central");
    browser.screenshot("ui-return-detail");
  }

  @Test
  @Order(4)
  void an_inspection_is_recorded_per_line() {
    browser.open(AppUri.http() + "/ui/#/returns/" + cardReturns.get(1));
    WebElement form =
        browser.visible("[data-testid=line][data-line-index='0'] [data-testid=inspect-form]");
    new Select(form.findElement(By.cssSelector("[data-testid=inspect-disposition]")))
        .selectByValue("DAMAGED");
    form.findElement(By.cssSelector("[data-testid=inspect-note]")).sendKeys("box crushed");
    browser.screenshot("ui-inspection-entry");
    form.findElement(By.cssSelector("[data-testid=inspect-submit]")).click();

    browser.waitFor(
        d ->
            page.text("[data-testid=line][data-line-index='0'] [data-testid=line-inspection]")
                .contains("1 damaged"));
    assertThat(shown("[data-testid=timeline-step][data-kind=INSPECTED]"))
        .contains(DefaultCredentials.MANAGER)
        .contains("DAMAGED");
    assertThat(browser.all("[data-testid=decision]")).isNotEmpty();
    browser.screenshot("ui-inspection");
  }

  @Test
  @Order(5)
  void a_refund_and_postings_central_reports_show_on_the_detail_and_leave_refunds_owed()
      throws Exception {
    String id = cardReturns.get(0);
    CentralOutcomes.settled(
        lane, StoreId.of(BrokerResource.STORE_ID), ReturnId.parse(id), "re_ui_settled_1");

    browser.open(AppUri.http() + "/ui/#/returns/" + id);
    assertThat(shown("[data-testid=timeline-step][data-kind=REFUND_SETTLED]"))
        .contains("re_ui_settled_1");
    assertThat(browser.all("[data-testid=timeline-step][data-kind=POSTED_IN_ERP]")).hasSize(2);
    assertThat(shown("[data-testid=detail-refund]")).contains("issued");
    assertThat(shown("[data-testid=erp-state]")).contains("posted");
    assertThat(browser.all("[data-testid=erp-posting][data-state=SUCCEEDED]")).hasSize(2);
    browser.screenshot("ui-return-settled");
    List<String> owed = given().get("/api/v1/pending").then().extract().path("refunds.returnId");
    assertThat(owed).doesNotContain(id).contains(cardReturns.get(2));
  }

  @Test
  @Order(6)
  void with_ten_thousand_returns_the_list_loads_in_under_a_second_and_filters_and_pages()
      throws Exception {
    SeededReturns.seed(lane, BrokerResource.STORE_ID, 10_000, 1_000_000, 60);
    String url = AppUri.http() + "/ui/#/returns";
    Duration warm = loadList(url);
    Duration measured = loadList(url);
    System.out.printf(
        "returns list with 10,000 returns: first load %d ms, measured load %d ms%n",
        warm.toMillis(), measured.toMillis());
    assertThat(measured).isLessThan(Duration.ofSeconds(1));
    assertThat(browser.all("[data-testid=return-row]")).hasSize(50);
    browser.screenshot("ui-returns");

    String newestFirst =
        browser.all("[data-testid=return-row]").get(0).getDomAttribute("data-return-id");
    String lastOfPage =
        browser.all("[data-testid=return-row]").get(49).getDomAttribute("data-return-id");
    assertThat(newestFirst).isGreaterThan(lastOfPage);
    page.click("[data-testid=page-older]");
    browser.waitFor(d -> shown("[data-testid=page-info]").contains("older page"));
    String olderFirst =
        browser.all("[data-testid=return-row]").get(0).getDomAttribute("data-return-id");
    assertThat(olderFirst).isLessThan(lastOfPage);

    LocalDate today = LocalDate.now(ZoneOffset.UTC); // the built-in policy's store day is UTC
    String from = today.minusDays(10).toString();
    String to = today.minusDays(5).toString();
    List<String> acceptedAt =
        given()
            .get("/api/v1/returns?order=desc&limit=200&from=" + from + "&to=" + to)
            .then()
            .statusCode(200)
            .extract()
            .path("items.acceptedAt");
    assertThat(acceptedAt)
        .isNotEmpty()
        .allSatisfy(
            t ->
                assertThat(Instant.parse(t).atZone(ZoneOffset.UTC).toLocalDate().toString())
                    .isBetween(from, to));

    page.type("[data-testid=filter-terminal]", "POS-13" + Keys.ENTER);
    browser.waitFor(
        d -> {
          List<WebElement> rows = browser.all("[data-testid=return-row]");
          return !rows.isEmpty()
              && rows.stream()
                  .allMatch(
                      r ->
                          r.findElement(By.cssSelector("td:nth-child(3)"))
                              .getText()
                              .equals("POS-13"));
        });
    new Select(browser.visible("[data-testid=filter-status]")).selectByValue("DENIED");
    page.click("[data-testid=filter-apply]");
    assertThat(shown("[data-testid=returns-results] .empty")).contains("No return");
    browser.screenshot("ui-returns-filtered");
  }

  /** Waits for an element matching {@code css} with some text, then its text. */
  private static String shown(String css) {
    browser.waitFor(d -> !page.text(css).isBlank());
    return page.text(css);
  }

  private static Duration loadList(String url) {
    browser.open("about:blank");
    long start = System.nanoTime();
    browser.open(url);
    browser.waitFor(d -> browser.all("[data-testid=return-row]").size() == 50);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private List<String> retryAudits() {
    return reads.read(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT actor, action, result FROM audit_log WHERE action = 'OUTBOX_RETRY'");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
          }
          return out;
        });
  }
}
