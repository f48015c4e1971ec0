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
import io.rebound.ui.testing.Browser;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
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
  private static final List<String> cardReturns = new ArrayList<>();

  @Inject MqttConnection connection;
  @Inject ReadPool reads;
  @Inject WriteLane lane;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
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
    browser.visible("[data-testid=login-form]");
    browser.screenshot("ui-login");
    browser.visible("[data-testid=username]").sendKeys(DefaultCredentials.MANAGER);
    browser.visible("[data-testid=password]").sendKeys("wrong-password-here");
    browser.visible("[data-testid=login-submit]").click();
    assertThat(browser.visible("[data-testid=login-error]").getText()).contains("wrong password");

    browser.visible("[data-testid=password]").sendKeys(DefaultCredentials.MANAGER_PASSWORD);
    browser.visible("[data-testid=login-submit]").click();

    assertThat(browser.visible("[data-testid=who]").getText()).contains(DefaultCredentials.MANAGER);
    browser.visible("[data-testid=banner-mode]");
    browser.waitFor(d -> text("[data-testid=live]").equals("live"));
    assertThat(text("[data-testid=mode]")).isEqualTo("offline");
    assertThat(text("[data-testid=offline-cash-cap]")).contains("1,000.00");
    assertThat(text("[data-testid=store-credit-left]")).matches("\\d+");
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
      browser.waitFor(d -> exists("[data-testid=pending-event][data-return-id='" + id + "']"));
      browser.waitFor(d -> exists("[data-testid=owed-refund][data-return-id='" + id + "']"));
    }
    browser.waitFor(d -> text("[data-testid=offline-cash-used]").contains("40.00"));
    // no central acknowledges: the relay resends after each ack timeout; 2 sends = blocked
    String blocked =
        "[data-testid=pending-event][data-return-id='"
            + cardReturns.get(0)
            + "'][data-state=BLOCKED] [data-testid=retry]";
    browser.waitFor(LIVE, d -> exists(blocked));
    browser.screenshot("ui-pending-queue");
    // the row is re-rendered on every snapshot: click the current one
    browser.script("document.querySelector(arguments[0]).click()", blocked);
    assertThat(browser.visible("[data-testid=retry-done]").getText()).contains("sent again");
    assertThat(retryAudits()).contains(DefaultCredentials.MANAGER + " OUTBOX_RETRY SUCCESS");

    try (FakeCentral central = FakeCentral.start(BrokerResource.broker(), true)) {
      browser.waitFor(
          LIVE,
          d ->
              cardReturns.stream()
                  .noneMatch(
                      id -> exists("[data-testid=pending-event][data-return-id='" + id + "']")));
      browser.waitFor(LIVE, d -> !exists("[data-testid=pending-event]"));
      assertThat(central.received()).as("central got the events it acknowledged").isNotEmpty();
      assertThat(browser.script("return window.__loadId")).as("no reload").isEqualTo(loadId);
      browser.waitFor(LIVE, d -> "online".equals(text("[data-testid=mode]")));
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
    browser.visible("[data-testid=nav-approvals]").click();
    String item = "[data-testid=approval-item][data-return-id='" + id + "']";
    assertThat(browser.visible(item + " [data-testid=approval-rule]").getText())
        .contains("policy.cash.offline-per-return-cap");
    browser.screenshot("ui-approvals");
    browser.visible(item + " [data-testid=approve]").click();
    assertThat(browser.visible(item + " [data-testid=approval-error]").getText())
        .contains("reason");
    browser
        .visible(item + " [data-testid=approval-reason]")
        .sendKeys("Regular customer, receipt seen");
    browser.visible(item + " [data-testid=approve]").click();

    WebElement decided = browser.visible("[data-testid=timeline-step][data-kind=APPROVAL_DECIDED]");
    assertThat(decided.getText())
        .contains("APPROVED by " + DefaultCredentials.MANAGER)
        .contains("Regular customer, receipt seen");
    assertThat(browser.visible("[data-testid=detail-status]").getText()).isEqualTo("accepted");
    assertThat(browser.all("[data-testid=timeline-step][data-kind=APPROVAL_REQUESTED]")).hasSize(1);
    assertThat(browser.visible("[data-testid=erp-state]").getText()).contains("central");
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
            text("[data-testid=line][data-line-index='0'] [data-testid=line-inspection]")
                .contains("1 damaged"));
    assertThat(browser.visible("[data-testid=timeline-step][data-kind=INSPECTED]").getText())
        .contains(DefaultCredentials.MANAGER)
        .contains("DAMAGED");
    assertThat(browser.all("[data-testid=decision]")).isNotEmpty();
    browser.screenshot("ui-inspection");
  }

  @Test
  @Order(5)
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
    browser.visible("[data-testid=page-older]").click();
    browser.waitFor(
        d -> browser.visible("[data-testid=page-info]").getText().contains("older page"));
    String olderFirst =
        browser.all("[data-testid=return-row]").get(0).getDomAttribute("data-return-id");
    assertThat(olderFirst).isLessThan(lastOfPage);

    browser.visible("[data-testid=filter-terminal]").sendKeys("POS-13");
    browser.visible("[data-testid=filter-apply]").click();
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
    browser.visible("[data-testid=filter-apply]").click();
    assertThat(browser.visible("[data-testid=returns-results] .empty").getText())
        .contains("No return");
    browser.screenshot("ui-returns-filtered");
  }

  /** Whether an element matches {@code css} now. */
  private static boolean exists(String css) {
    return Boolean.TRUE.equals(
        browser.script("return document.querySelector(arguments[0]) !== null", css));
  }

  /** The text of the first element matching {@code css} now ("" if none): no stale references. */
  private static String text(String css) {
    Object t =
        browser.script(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : ''", css);
    return String.valueOf(t);
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
