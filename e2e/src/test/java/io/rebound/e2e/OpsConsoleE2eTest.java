package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.OpsClient;
import io.rebound.ui.testing.Browser;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;

/**
 * The ops console against real processes: Mosquitto, central and two store agents. Both stores show
 * ONLINE; an agent killed with {@code kill -9} turns offline in the open page (no reload) within
 * the detection time central is configured with; the backlog chart draws data points.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class OpsConsoleE2eTest {
  /** Central's {@code rebound.stores.offline-after} here (agents send a status every second). */
  private static final Duration OFFLINE_AFTER = Duration.ofSeconds(5);

  /** Central's {@code rebound.fleet.recheck-interval} here. */
  private static final Duration RECHECK = Duration.ofSeconds(1);

  /** Stream delivery and rendering on a shared 2-core machine. */
  private static final Duration SLACK = Duration.ofSeconds(3);

  private Rig rig;
  private Browser browser;

  @BeforeEach
  void start(TestInfo info) {
    rig = Rig.start(info);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    rig.close();
  }

  private Central central() {
    return rig.central(
        rig.centralConfig("central-1")
            .with(
                Map.of(
                    "rebound.stores.offline-after", OFFLINE_AFTER.toSeconds() + "S",
                    "rebound.fleet.recheck-interval", RECHECK.toSeconds() + "S",
                    "rebound.fleet.sample-interval", "1S")));
  }

  /** Logs in through the console's form and waits until both stores show ONLINE. */
  private void openConsoleWithBothStoresOnline(Central central) {
    browser = Browser.start();
    browser.open(central.app().baseUri().resolve("/ops/").toString());
    browser.visible("[data-testid=login-user]").sendKeys(OpsClient.USER);
    browser.visible("[data-testid=login-password]").sendKeys(OpsClient.PASSWORD);
    browser.visible("[data-testid=login-submit]").click();
    browser.waitFor(d -> d.findElement(By.id("who")).getText().contains(OpsClient.USER));
    browser.waitFor(
        Duration.ofSeconds(60),
        d -> "true".equals(online("store-ops-a")) && "true".equals(online("store-ops-b")));
    browser.script("window.__notReloaded = true");
  }

  @Test
  void console_lists_two_stores_and_a_killed_agent_turns_offline_live_and_the_chart_draws() {
    Central central = central();
    Agent a = rig.agent("store-ops-a");
    Agent b = rig.agent("store-ops-b");
    openConsoleWithBothStoresOnline(central);
    browser.screenshot("ops-e2e-fleet-two-online");

    long killedAt = System.nanoTime();
    b.app().kill9();
    Duration bound = OFFLINE_AFTER.plus(RECHECK).plus(SLACK);
    browser.waitFor(bound, d -> "false".equals(online("store-ops-b")));
    Duration took = Duration.ofNanos(System.nanoTime() - killedAt);
    System.out.printf(
        "store-ops-b shown offline %d ms after kill -9 (bound %s)%n", took.toMillis(), bound);
    assertThat(took).isLessThan(bound);
    assertThat(online("store-ops-a")).isEqualTo("true");
    assertThat(browser.script("return window.__notReloaded === true")).isEqualTo(true);
    browser.screenshot("ops-e2e-fleet-one-offline");

    browser.script("location.hash = '#/backlog'");
    browser.waitFor(Duration.ofSeconds(30), d -> chartPoints() > 0);
    assertThat(browser.all("[data-testid=chart] canvas")).isNotEmpty();
    browser.screenshot("ops-e2e-backlog");
    assertThat(a.app().isAlive()).isTrue();
  }

  /**
   * A frozen agent (SIGSTOP: its TCP connection stays open, so the broker sends no last will for
   * 1.5 × its 60 s keep-alive) falls silent: only central's offline-after ages it out, and the
   * console's stream re-evaluates that on its own. Thawed, it reports again and turns online.
   */
  @Test
  void a_frozen_agent_turns_offline_by_silence_alone_and_online_again_when_it_resumes()
      throws Exception {
    Central central = central();
    rig.agent("store-ops-a");
    Agent b = rig.agent("store-ops-b");
    openConsoleWithBothStoresOnline(central);

    signal("STOP", b.app().pid());
    try {
      long frozenAt = System.nanoTime();
      // its last heartbeat may be up to 1 s old already: the bound still holds from the freeze
      Duration bound = OFFLINE_AFTER.plus(RECHECK).plus(SLACK);
      browser.waitFor(bound, d -> "false".equals(online("store-ops-b")));
      Duration took = Duration.ofNanos(System.nanoTime() - frozenAt);
      System.out.printf(
          "frozen store-ops-b shown offline %d ms after SIGSTOP (bound %s)%n",
          took.toMillis(), bound);
      assertThat(took).isLessThan(bound);
      // no last will arrived: central still holds ONLINE as the store's last word
      assertThat(central.ops().get("/api/v1/stores/store-ops-b").body())
          .contains("\"connectionState\":\"ONLINE\"")
          .contains("\"online\":false");
      browser.screenshot("ops-e2e-fleet-frozen-offline");
    } finally {
      signal("CONT", b.app().pid());
    }
    browser.waitFor(Duration.ofSeconds(30), d -> "true".equals(online("store-ops-b")));
    assertThat(browser.script("return window.__notReloaded === true")).isEqualTo(true);
  }

  private static void signal(String signal, long pid) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
    assertThat(kill.waitFor()).as("kill -%s %d", signal, pid).isZero();
  }

  private String online(String storeId) {
    return String.valueOf(
        browser.script(
            "const row = document.querySelector(`[data-testid=fleet-row][data-store='${arguments[0]}']`);"
                + " return row ? row.dataset.online : '';",
            storeId));
  }

  private long chartPoints() {
    return ((Number)
            browser.script(
                "return window.reboundOps && window.reboundOps.chart"
                    + " ? window.reboundOps.chart.data[0].length : 0"))
        .longValue();
  }
}
