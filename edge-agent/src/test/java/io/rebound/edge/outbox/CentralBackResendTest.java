package io.rebound.edge.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.store.ReadPool;
import io.rebound.edge.sync.testing.BrokerResource;
import io.rebound.edge.sync.testing.FakeCentral;
import io.rebound.edge.sync.testing.Outbox;
import io.rebound.edge.sync.testing.Pos;
import io.rebound.edge.upstream.UpstreamStatus;
import io.rebound.protocols.returns.UpstreamMode;
import io.rebound.testing.MosquittoBroker;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The drain-stall fix: events the broker dropped because no central was subscribed are resent the
 * moment central is back, not after the (here 60 s) ack timeout.
 */
@QuarkusTest
@TestProfile(CentralBackProfile.class)
class CentralBackResendTest {
  /** Far below the 60 s ack timeout (slack for a busy machine). */
  private static final Duration PROMPTLY = Duration.ofSeconds(15);

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject ReadPool reads;
  @Inject MqttConnection connection;
  @Inject UpstreamStatus upstream;

  private Outbox outbox;
  private final List<FakeCentral> centrals = new ArrayList<>();

  @BeforeEach
  void agentConnected() {
    outbox = new Outbox(reads);
    await().atMost(WAIT).until(() -> connection.state() == ConnectionState.CONNECTED);
  }

  @AfterEach
  void closeCentrals() {
    centrals.forEach(FakeCentral::close);
  }

  @Test
  void events_dropped_while_central_was_away_are_resent_the_moment_it_is_back() {
    FakeCentral first = track(FakeCentral.start(broker(), true));
    await().atMost(WAIT).until(upstream::mode, m -> m == UpstreamMode.ONLINE);
    first.close(); // OFFLINE announced; nobody subscribes to events any more
    await().atMost(WAIT).until(upstream::mode, m -> m == UpstreamMode.OFFLINE);

    String returnId = publishedIntoTheVoid();

    FakeCentral second = track(FakeCentral.start(broker(), true));
    await().atMost(PROMPTLY).until(() -> outbox.row(returnId).state().equals("ACKED"));
    assertThat(second.received())
        .extracting(r -> r.envelope().eventId().toString())
        .contains(outbox.row(returnId).eventId());
  }

  @Test
  void an_instance_that_reconnects_before_it_is_missed_gets_what_it_missed_at_once() {
    String id = "central-rejoin-" + System.nanoTime();
    FakeCentral first = track(FakeCentral.named(broker().host(), broker().port(), id, true));
    await().atMost(WAIT).until(upstream::mode, m -> m == UpstreamMode.ONLINE);
    first.disconnect(); // silently: the store still counts it (central timeout 10 s)

    String returnId = publishedIntoTheVoid();
    assertThat(upstream.mode()).isEqualTo(UpstreamMode.ONLINE);

    track(FakeCentral.named(broker().host(), broker().port(), id, true)); // a new session
    await().atMost(PROMPTLY).until(() -> outbox.row(returnId).state().equals("ACKED"));
    assertThat(upstream.mode()).isEqualTo(UpstreamMode.ONLINE);
  }

  /** Accepts a return and waits until the relay published it while no central listens. */
  private String publishedIntoTheVoid() {
    double before = published();
    String returnId = Pos.acceptReturn();
    await().atMost(WAIT).until(() -> published() > before);
    assertThat(outbox.row(returnId).state()).isEqualTo("PENDING");
    return returnId;
  }

  /** 0 until the first publish (the relay's meters are registered on first use). */
  private static double published() {
    String series = "rebound_outbox_published_total ";
    return given()
        .get("/q/metrics")
        .asString()
        .lines()
        .filter(l -> l.startsWith(series))
        .mapToDouble(l -> Double.parseDouble(l.substring(series.length()).trim()))
        .findFirst()
        .orElse(0);
  }

  private FakeCentral track(FakeCentral central) {
    centrals.add(central);
    return central;
  }

  private static MosquittoBroker broker() {
    return BrokerResource.broker();
  }
}
