package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.EdgeCredentials;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.PostResult;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/** Inspection while offline: inventory moves at once; central gets the step after reconnection. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class InspectionE2eTest {
  private Rig rig;

  @BeforeEach
  void start(TestInfo info) {
    rig = Rig.start(info);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void offline_inspection_moves_local_inventory_and_reaches_central_after_reconnect() {
    Central central = rig.central("central-1");
    Agent agent = rig.agent("store-inspect");
    rig.broker.stop();
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.status().mode(), "OFFLINE"::equals);

    PostResult accepted = agent.pos().post("r-1", ReturnBodies.json(ReturnBodies.cardReturn(7)));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    ReturnId id = accepted.returnId();
    PostResult inspected =
        inspect(
            agent,
            id,
            "{\"inspectedBy\":\"manager Ana\",\"lines\":[{\"lineIndex\":0,\"quantity\":1,"
                + "\"disposition\":\"DEFECTIVE\",\"vendorId\":\"VENDOR-ACME\"}]}");
    assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
    JsonNode levels = inventory(agent, "SKU-7").path("quantities");
    assertThat(levels.path("PENDING_INSPECTION").asLong()).isZero();
    assertThat(levels.path("SUPPLIER_CLAIM").asLong()).isEqualTo(1);

    rig.broker.restart();

    JsonNode timeline =
        await("the inspection reaches central")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .ignoreExceptions()
            .until(
                () -> central.returnById(id).json().path("timeline"),
                // the process steps (refund, postings) add STEP_ATTEMPTED entries as they run
                t -> t.findValuesAsText("step").contains("INSPECTED_AT_STORE"));
    JsonNode step = timeline.findParent("dispositions");
    assertThat(step.path("step").asText()).isEqualTo("INSPECTED_AT_STORE");
    assertThat(step.path("dispositions").get(0).path("disposition").asText())
        .isEqualTo("DEFECTIVE");
    assertThat(step.path("dispositions").get(0).path("vendorId").asText()).isEqualTo("VENDOR-ACME");
    // return, manager login (audit), inspection, inspection (audit)
    assertThat(rig.centralDb.sequences(agent.storeId())).isEqualTo(Sequences.oneTo(4));
    await("the agent sees the step acknowledged")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                returnAtAgent(agent, id)
                    .path("inspection")
                    .path("steps")
                    .path(0)
                    .path("sync")
                    .asText(),
            "SYNCED"::equals);
  }

  private static PostResult inspect(Agent agent, ReturnId id, String body) {
    URI uri = URI.create(agent.pos().returnsUri() + "/" + id + "/inspection");
    return agent
        .pos()
        .send(
            "i-1",
            EdgeCredentials.asTerminal(HttpRequest.newBuilder(uri))
                .header(
                    EdgeCredentials.SESSION_HEADER,
                    EdgeCredentials.managerSession(agent.app().baseUri()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "i-1")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
  }

  private static JsonNode inventory(Agent agent, String sku) {
    URI uri = agent.pos().returnsUri().resolve("/api/v1/inventory?sku=" + sku);
    HttpJson.Reply r = HttpJson.getAsTerminal(uri);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonNode returnAtAgent(Agent agent, ReturnId id) {
    return HttpJson.getAsTerminal(URI.create(agent.pos().returnsUri() + "/" + id)).json();
  }
}
