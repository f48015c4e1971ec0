package io.rebound.central.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.process.ProcessApi;
import io.rebound.central.process.ProcessEvents;
import io.rebound.central.process.ScriptedGateway;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.central.testing.FakeStore;
import io.rebound.central.testing.OpsTestCredentials;
import io.rebound.central.testing.TestBroker;
import io.rebound.central.testing.TestEvents;
import io.rebound.protocols.envelope.EventEnvelope;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.ui.testing.Browser;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dead letters and their replay by role, and the cross-store exceptions page, in Chromium. The dead
 * letter is a real one: a card refund the scripted gateway keeps pending through every attempt
 * (rebound.process.max-attempts = 3 in tests).
 */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class OpsConsoleDeadLettersBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TestHTTPResource("/")
  URI base;

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

  /** A dead letter and the store of its return. */
  private record Letter(long id, String storeId) {}

  /** A REFUND step dead-lettered after max attempts. */
  private Letter deadLetteredRefund(String prefix) {
    try (FakeStore store =
        new FakeStore(TestEvents.newStore(prefix), TestBroker.host(), TestBroker.port())) {
      ReturnAccepted r = ProcessEvents.cardDeferred(store.store());
      gateway.script(
          r.returnId(),
          ScriptedGateway.Behaviour.PENDING,
          ScriptedGateway.Behaviour.PENDING,
          ScriptedGateway.Behaviour.PENDING);
      store.publish(ProcessEvents.event(store.store(), 1, r));
      await()
          .atMost(WAIT)
          .until(() -> "DEAD_LETTERED".equals(ProcessApi.state(r.returnId(), StepKind.REFUND)));
      Map<String, Object> letter = ProcessApi.stepDeadLetter(r.returnId(), StepKind.REFUND);
      return new Letter(((Number) letter.get("id")).longValue(), store.store().value());
    }
  }

  @Test
  void operator_replays_a_dead_letter_from_the_console_and_it_is_marked_replayed() {
    Letter letter = deadLetteredRefund("dlreplay");
    long id = letter.id();
    console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
    // the dead-lettered refund is still owed: the fleet shows it as pending, in its currency
    browser.waitFor(d -> console.cell(letter.storeId(), "fleet-pending-refunds").equals("$49.99"));
    console.go("#/dead-letters");
    String row = "[data-testid=dead-letter-row][data-id='" + id + "']";
    assertThat(browser.attribute(row, "data-replayed")).isEqualTo("false");
    browser.screenshot("ops-dead-letters");

    browser.visible("[data-testid=replay-" + id + "]").click();

    assertThat(browser.text("[data-testid=replay-result]"))
        .contains("Dead letter " + id + ": REPLAYED");
    browser.waitFor(d -> "true".equals(browser.attribute(row, "data-replayed")));
    assertThat(browser.all("[data-testid=replay-" + id + "]")).isEmpty();
    assertThat(browser.text(row)).contains("replayed");
    browser.screenshot("ops-dead-letter-replayed");
    // replayed, the refund succeeds and nothing is pending any more
    console.go("#/fleet");
    browser.waitFor(d -> console.cell(letter.storeId(), "fleet-pending-refunds").equals("none"));
  }

  @Test
  void a_viewer_sees_dead_letters_without_any_replay_action_and_the_api_refuses_the_replay()
      throws Exception {
    long id = deadLetteredRefund("dlviewer").id();
    String viewer = OpsConsolePage.newUser("viewer");
    console.login(viewer, OpsConsolePage.PASSWORD);
    console.go("#/dead-letters");
    browser.visible("[data-testid=dead-letter-row][data-id='" + id + "']");
    assertThat(browser.all("button.replay")).isEmpty();
    assertThat(browser.all("[data-testid^=replay-]")).isEmpty();
    assertThat(browser.text("[data-testid=who]")).contains("viewer");
    browser.screenshot("ops-dead-letters-viewer");

    // the viewer's own session token, as the console holds it
    String token =
        (String)
            browser.script(
                "return JSON.parse(sessionStorage.getItem('rebound.ops.session')).token");
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/api/v1/dead-letters/" + id + "/replay"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("ops.role-required.operator");
    assertThat(ProcessApi.stepDeadLetter(deadLetterReturn(id), StepKind.REFUND).get("replayedAt"))
        .isNull();

    // logging out revokes the token and shows the login again
    browser.visible("[data-testid=logout]").click();
    browser.visible("[data-testid=login-form]");
    assertThat(browser.script("return sessionStorage.getItem('rebound.ops.session')")).isNull();
    HttpResponse<String> after =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("/api/v1/dead-letters"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(after.statusCode()).isEqualTo(401);
    browser.screenshot("ops-logged-out");
  }

  @Test
  void the_exceptions_page_lists_a_sale_line_returned_at_two_stores() {
    try (FakeStore first =
            new FakeStore(TestEvents.newStore("exa"), TestBroker.host(), TestBroker.port());
        FakeStore second =
            new FakeStore(TestEvents.newStore("exb"), TestBroker.host(), TestBroker.port())) {
      ReturnAccepted a = TestEvents.accepted(first.store(), ReturnId.mint(Clock.systemUTC()));
      // the same sale and lines, returned again at another store
      ReturnAccepted b =
          new ReturnAccepted(
              ReturnId.mint(Clock.systemUTC()),
              second.store(),
              a.acceptedAt(),
              a.mode(),
              a.status(),
              a.request(),
              a.refund(),
              a.decisions());
      EventEnvelope ea = ProcessEvents.event(first.store(), 1, a);
      first.publish(ea);
      await().atMost(WAIT).until(() -> first.lastAckFor(ea.eventId()).isPresent());
      second.publish(ProcessEvents.event(second.store(), 1, b));

      console.login(OpsTestCredentials.USER, OpsTestCredentials.PASSWORD);
      console.go("#/exceptions");
      browser.waitFor(
          d ->
              browser.all("[data-testid=exception-row]").stream()
                  .anyMatch(e -> e.getText().contains(b.returnId().toString())));
      String text =
          browser.all("[data-testid=exception-row]").stream()
              .filter(e -> e.getText().contains(b.returnId().toString()))
              .findFirst()
              .orElseThrow()
              .getText();
      assertThat(text)
          .contains(a.returnId().toString())
          .contains(first.store().value())
          .contains(second.store().value())
          .contains("OPEN");
      browser.screenshot("ops-exceptions");
    }
  }

  private static ReturnId deadLetterReturn(long id) {
    Map<String, Object> letter =
        ProcessApi.deadLetters().stream()
            .filter(d -> ((Number) d.get("id")).longValue() == id)
            .findFirst()
            .orElseThrow();
    return ReturnId.parse((String) letter.get("returnId"));
  }
}
