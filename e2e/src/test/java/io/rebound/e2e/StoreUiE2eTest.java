package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.AppConfig;
import io.rebound.e2e.harness.EdgeCredentials;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.ui.testing.Browser;
import io.rebound.ui.testing.LivePage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * The store manager's screen (issue 6 acceptance), with real processes: Mosquitto, a real central
 * and a packaged agent, and a real headless Chromium. The manager signs in; with the broker stopped
 * three new returns appear in the pending queue; when the broker is back they leave it without a
 * page reload (the page's {@code window.__loadId} never changes). The manager then approves a
 * return that went over the offline cash cap while OFFLINE, and its timeline shows who approved it
 * and why. Screenshots: {@code e2e/target/screenshots/ui-e2e-*.png}.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class StoreUiE2eTest {
  private static final Duration CENTRAL_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration LIVE = Duration.ofSeconds(45);
  private static final String REASON = "Long-time customer, receipt checked at the desk";

  private final AtomicInteger sales = new AtomicInteger();
  private Rig rig;
  private Browser browser;
  private LivePage page;
  private Agent agent;

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

  @Test
  void
      offline_returns_show_in_the_pending_queue_then_drain_live_and_an_approval_is_on_the_timeline() {
    rig.central(rig.centralConfig("central-1").with("rebound.central.heartbeat-interval", "1S"));
    AppConfig config =
        rig.agentConfig("store-ui")
            .with("rebound.upstream.central-timeout", CENTRAL_TIMEOUT.toSeconds() + "s");
    agent = rig.agent(config);
    UpstreamModes.awaitMode(agent, "ONLINE", Duration.ofSeconds(30), System.nanoTime());

    browser = Browser.start();
    page = new LivePage(browser);
    String ui = agent.app().baseUri().resolve("/ui/").toString();
    browser.open(ui);
    page.type("[data-testid=username]", EdgeCredentials.MANAGER);
    page.type("[data-testid=password]", EdgeCredentials.MANAGER_PASSWORD);
    page.click("[data-testid=login-submit]");
    browser.waitFor(d -> page.exists("[data-testid=who]"));
    browser.waitFor(LIVE, d -> "online".equals(page.text("[data-testid=mode]")));
    browser.waitFor(LIVE, d -> "live".equals(page.text("[data-testid=live]")));
    Object loadId = browser.script("return window.__loadId");

    rig.broker.stop();
    UpstreamModes.awaitMode(agent, "OFFLINE", CENTRAL_TIMEOUT.plusSeconds(5), System.nanoTime());
    List<ReturnId> offline = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      AcceptedReturn r = post(ReturnBodies.json(ReturnBodies.cardReturn(sales.incrementAndGet())));
      assertThat(r.mode()).isEqualTo("OFFLINE");
      offline.add(r.returnId());
    }
    AcceptedReturn override =
        post(ReturnBodies.json(ReturnBodies.cashReturn(sales.incrementAndGet(), "250.00")));
    assertThat(override.status()).as(override.body()).isEqualTo("PENDING_APPROVAL");

    for (ReturnId id : offline) {
      browser.waitFor(LIVE, d -> page.exists(pendingRow(id)));
    }
    browser.waitFor(LIVE, d -> "offline".equals(page.text("[data-testid=mode]")));
    browser.screenshot("ui-e2e-pending-offline");
    assertThat(browser.script("return window.__loadId")).isEqualTo(loadId);

    rig.broker.restart();
    browser.waitFor(LIVE, d -> offline.stream().noneMatch(id -> page.exists(pendingRow(id))));
    assertThat(browser.script("return window.__loadId"))
        .as("the queue drained without a page reload")
        .isEqualTo(loadId);
    browser.waitFor(LIVE, d -> "online".equals(page.text("[data-testid=mode]")));
    browser.screenshot("ui-e2e-pending-drained");

    page.click("[data-testid=nav-approvals]");
    String item = "[data-testid=approval-item][data-return-id='" + override.returnId() + "']";
    browser.waitFor(LIVE, d -> page.exists(item + " [data-testid=approval-reason]"));
    page.type(item + " [data-testid=approval-reason]", REASON);
    browser.screenshot("ui-e2e-approval");
    page.click(item + " [data-testid=approve]");

    String decided = "[data-testid=timeline-step][data-kind=APPROVAL_DECIDED]";
    browser.waitFor(LIVE, d -> page.exists(decided));
    assertThat(page.text(decided))
        .contains("APPROVED by " + EdgeCredentials.MANAGER)
        .contains(REASON);
    assertThat(page.text("[data-testid=detail-status]")).isEqualTo("accepted");
    browser.screenshot("ui-e2e-approval-timeline");

    // the approval event reaches central and is acknowledged; the detail shows it when reopened
    await("central acknowledged everything, the approval included")
        .atMost(LIVE)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> agent.status().outboxDepth() == 0);
    browser.script("location.reload()");
    browser.waitFor(LIVE, d -> page.exists(decided));
    assertThat(page.text("[data-testid=detail-timeline]"))
        .contains("Acknowledged by central (approval approved")
        .contains("Acknowledged by central (return accepted");
  }

  private AcceptedReturn post(String body) {
    return AcceptedReturn.of(agent.pos().post("ui-e2e-" + sales.get(), body));
  }

  private static String pendingRow(ReturnId id) {
    return "[data-testid=pending-event][data-return-id='" + id + "']";
  }
}
