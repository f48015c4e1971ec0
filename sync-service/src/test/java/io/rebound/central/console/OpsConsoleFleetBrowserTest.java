package io.rebound.central.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.db.Database;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.OpsTestCredentials;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.ConnectionState;
import io.rebound.protocols.envelope.StoreStatus;
import io.rebound.protocols.ids.StoreId;
import io.rebound.ui.testing.Browser;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The fleet table and the backlog chart in a real Chromium against the test port. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class OpsConsoleFleetBrowserTest {
  @TestHTTPResource("/")
  URI base;

  @Inject Database database;

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

  private static FakeStore store(String prefix) {
    return new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port());
  }

  private static void status(FakeStore store, ConnectionState state, long backlog, long age) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    store.publishStatus(new StoreStatus(store.store(), state, at, at, "1.2.3", backlog, age));
  }

  @Test
  void wrong_password_shows_an_error_and_the_login_form_stays() {
    browser.open(console.url(""));
    browser.visible("[data-testid=login-user]").sendKeys(OpsTestCredentials.USER);
    browser.visible("[data-testid=login-password]").sendKeys("not-the-password");
    browser.visible("[data-testid=login-submit]").click();
    assertThat(browser.text("[role=alert]")).containsIgnoringCase("rule ops.login");
    browser.screenshot("ops-login-error");
    assertThat(browser.visible("[data-testid=login-form]").isDisplayed()).isTrue();
  }

  @Test
  void operator_logs_in_and_sorts_and_filters_the_fleet_with_mouse_and_keyboard() {
    try (FakeStore a = store("sortfleet");
        FakeStore b = store("sortfleet");
        FakeStore c = store("sortfleet")) {
      status(a, ConnectionState.ONLINE, 5, 10);
      status(b, ConnectionState.ONLINE, 50, 20);
      status(c, ConnectionState.OFFLINE, 0, 0);
      browser.open(console.url(""));
      browser.screenshot("ops-login");
      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      for (FakeStore s : List.of(a, b, c)) {
        console.fleetRow(s.store().value());
      }
      browser.waitFor(d -> "false".equals(console.online(c.store().value())));
      browser.screenshot("ops-fleet");

      browser.visible("[data-testid=fleet-filter-text]").sendKeys("sortfleet");
      browser.waitFor(d -> console.fleetOrder("").size() == 3);

      browser.visible("[data-testid=sort-backlog]").click();
      assertThat(console.fleetOrder("sortfleet")).containsExactly(ids(c, a, b));
      // keyboard: the header button keeps focus; Enter sorts the other way
      browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(console.fleetOrder("sortfleet")).containsExactly(ids(b, a, c));
      assertThat(
              browser.<String>waitFor(
                  d ->
                      browser
                          .visible("[data-testid=sort-backlog]")
                          .findElement(By.xpath(".."))
                          .getAttribute("aria-sort")))
          .isEqualTo("descending");

      new Select(browser.visible("[data-testid=fleet-filter-online]")).selectByValue("offline");
      browser.waitFor(d -> console.fleetOrder("sortfleet").equals(List.of(c.store().value())));
      new Select(browser.visible("[data-testid=fleet-filter-online]")).selectByValue("online");
      browser.waitFor(
          d ->
              console
                  .fleetOrder("sortfleet")
                  .equals(List.of(b.store().value(), a.store().value())));
      browser.screenshot("ops-fleet-filtered");
    }
  }

  @Test
  void a_status_arriving_updates_the_row_live_without_a_reload() {
    try (FakeStore s = store("livefleet")) {
      status(s, ConnectionState.ONLINE, 1, 1);
      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      String id = s.store().value();
      browser.waitFor(d -> console.cell(id, "fleet-backlog").startsWith("1"));
      browser.visible("[data-testid=fleet-live][data-state=live]");
      console.markPage();

      status(s, ConnectionState.ONLINE, 987, 30);

      browser.waitFor(
          Duration.ofSeconds(10), d -> console.cell(id, "fleet-backlog").startsWith("987"));
      assertThat(console.stillSamePage()).isTrue();
    }
  }

  @Test
  void a_store_whose_last_sign_of_life_ages_out_turns_offline_without_any_new_message()
      throws Exception {
    try (FakeStore s = store("agefleet")) {
      status(s, ConnectionState.ONLINE, 2, 2);
      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      String id = s.store().value();
      browser.waitFor(d -> "true".equals(console.online(id)));
      console.markPage();

      // silence: the store's last sign of life is now older than rebound.stores.offline-after
      // (60 s); no status, no event, no last will is sent
      database.inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "UPDATE stores SET last_seen = now() - interval '61 seconds'"
                        + " WHERE store_id = ?")) {
              ps.setString(1, id);
              return ps.executeUpdate();
            }
          });

      browser.waitFor(Duration.ofSeconds(10), d -> "false".equals(console.online(id)));
      assertThat(console.stillSamePage()).isTrue();
      assertThat(console.cell(id, "fleet-status")).startsWith("offline");
      browser.screenshot("ops-fleet-aged-out");
    }
  }

  @Test
  void times_show_in_the_store_zone_from_its_policy_with_utc_on_hover() {
    try (FakeStore s = store("zonefleet")) {
      String id = s.store().value();
      given()
          .contentType("application/json")
          .body(
              """
              {"policyVersion":1,"currency":"JPY","timeZone":"Asia/Tokyo",\
              "returnWindow":{"defaultDays":30,"byCategory":{}},\
              "returnableConditions":["UNOPENED","OPENED","DEFECTIVE"],\
              "offline":{"maxDurationHours":72,"cashPerReturnCap":{"amount":"20000","currency":"JPY"},\
              "cashPerStorePerDayCap":{"amount":"100000","currency":"JPY"}},\
              "noReceipt":{"offlineStoreCreditCap":{"amount":"5000","currency":"JPY"},"perCustomerPerDay":1}}\
              """)
          .put("/api/v1/stores/" + id + "/policy")
          .then()
          .statusCode(200);
      status(s, ConnectionState.ONLINE, 1, 1);
      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      browser.waitFor(d -> console.cell(id, "fleet-zone").equals("Asia/Tokyo"));
      Object shown =
          browser.script(
              "const t = document.querySelector(`[data-testid=fleet-row][data-store='${arguments[0]}']"
                  + " [data-testid=fleet-status] time`);"
                  + " return [t.getAttribute('datetime'), t.getAttribute('title'), t.textContent];",
              id);
      List<?> time = (List<?>) shown;
      Instant instant = Instant.parse((String) time.get(0));
      assertThat((String) time.get(1)).endsWith(" UTC");
      String tokyo =
          DateTimeFormatter.ofPattern("h:mm:ss", Locale.US)
              .format(instant.atZone(ZoneId.of("Asia/Tokyo")));
      assertThat((String) time.get(2)).contains(tokyo);
      browser.screenshot("ops-fleet-zones");
    }
  }

  @Test
  void every_page_fits_a_portrait_tablet_with_no_page_scroll_and_no_csp_violation() {
    try (FakeStore s = store("tabletfleet");
        Browser tablet = Browser.start(768, 1024)) {
      status(s, ConnectionState.ONLINE, 1, 1);
      OpsConsolePage portrait = new OpsConsolePage(tablet, base);
      portrait.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      tablet.waitFor(d -> "true".equals(portrait.online(s.store().value())));
      for (String page :
          List.of("fleet", "backlog", "returns", "dead-letters", "exceptions", "reconciliation")) {
        portrait.go("#/" + page);
        tablet.visible("[data-testid=nav-" + page + "][aria-current=page]");
        tablet.visible("main h1");
        if (page.equals("backlog")) {
          tablet.visible("[data-testid=chart] canvas");
        }
        Object overflow =
            tablet.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).longValue())
            .as("horizontal overflow of #/%s", page)
            .isZero();
        tablet.screenshot("ops-tablet-" + page);
      }
      // control: the policy is enforced and violations are seen (an inline style is refused)
      tablet.script(
          "const probe = document.createElement('div');"
              + " probe.setAttribute('style', 'color: red'); document.body.append(probe);");
      tablet.waitFor(
          d -> !((List<?>) tablet.script("return window.reboundOps.violations")).isEmpty());
    }
  }

  @Test
  void the_console_works_with_the_keyboard_alone() {
    browser.open(console.url(""));
    browser.visible("[data-testid=login-user]").sendKeys(OpsTestCredentials.USER, Keys.TAB);
    browser.driver().switchTo().activeElement().sendKeys(OpsTestCredentials.PASSWORD, Keys.ENTER);
    browser.waitFor(d -> d.findElement(By.id("who")).getText().contains(OpsTestCredentials.USER));
    browser.visible("[data-testid=fleet-live]");

    // first Tab from the top of the page: the skip link; Enter moves focus to the content
    browser.open("about:blank");
    browser.open(console.url("#/fleet")); // a fresh page (the session survives in the tab)
    browser.visible("[data-testid=fleet-live]");
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertThat(browser.script("return document.activeElement.outerHTML"))
        .asString()
        .startsWith("<a class=\"skip\"");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("view");
    assertThat(browser.attribute("[data-testid=nav-fleet]", "aria-current")).isEqualTo("page");

    // nav links are real links: Enter follows them
    browser.visible("[data-testid=nav-returns]").sendKeys(Keys.ENTER);
    browser.visible("[data-testid=nav-returns][aria-current=page]");
    browser.visible("#q-storeId");
  }

  @Test
  void the_backlog_chart_renders_the_samples_of_one_store_and_of_the_fleet() {
    try (FakeStore s = store("chartfleet")) {
      status(s, ConnectionState.ONLINE, 3, 5);
      pauseOverSampleInterval();
      status(s, ConnectionState.ONLINE, 8, 15);
      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      console.fleetRow(s.store().value());
      console.go("#/backlog");
      browser.waitFor(d -> chartPoints() > 0);
      assertThat(browser.all("[data-testid=chart] canvas")).isNotEmpty();

      new Select(browser.visible("[data-testid=chart-store]")).selectByValue(s.store().value());
      browser.waitFor(
          d ->
              browser
                  .visible("[data-testid=chart-status]")
                  .getText()
                  .contains("store " + s.store().value()));
      assertThat(chartPoints()).isPositive();
      // the store's backlog series holds its latest sample (samples of one bucket: the highest)
      List<?> backlog = (List<?>) browser.script("return window.reboundOps.chart.data[1]");
      assertThat(backlog).anyMatch(v -> Long.valueOf(8).equals(v));
      assertThat(browser.all("[data-testid=chart] canvas")).isNotEmpty();
      browser.screenshot("ops-backlog");
    }
  }

  private long chartPoints() {
    Object n =
        browser.script(
            "return window.reboundOps && window.reboundOps.chart"
                + " ? window.reboundOps.chart.data[0].length : 0");
    return ((Number) n).longValue();
  }

  /** Two samples of one store need rebound.fleet.sample-interval (1 s in tests) between them. */
  private static void pauseOverSampleInterval() {
    Instant until = Instant.now().plusMillis(1_200);
    org.awaitility.Awaitility.await().until(() -> Instant.now().isAfter(until));
  }

  private static String[] ids(FakeStore... stores) {
    return java.util.Arrays.stream(stores)
        .map(FakeStore::store)
        .map(StoreId::value)
        .toArray(String[]::new);
  }
}
