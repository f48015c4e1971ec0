package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.AppConfig;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.HttpJson;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.testing.FreePort;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * A sale line returned at two stores: each store's ledger only knows its own returns, so a store
 * cut off from central accepts it too; central catches the duplicate when the cut-off store syncs.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CrossStoreDuplicateTest {
  private static final Duration SYNC = Duration.ofSeconds(30);

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
  void same_sale_line_returned_at_two_stores_raises_an_exception() {
    Central central = rig.central("central-1");
    Agent storeA = rig.agent("store-a");
    // store-b is cut off: its broker address points at a port nobody listens on
    AppConfig reachable = rig.agentConfig("store-b");
    Agent storeB =
        rig.agent(reachable.with("rebound.mqtt.port", Integer.toString(FreePort.find())));
    String saleId = "STORE-DUP-" + Long.toString(System.currentTimeMillis(), 36);
    String body = ReturnBodies.json(ReturnBodies.cashReturnOfSaleLine(saleId, "L1", "80.00"));

    UpstreamModes.awaitMode(storeA, "ONLINE", Duration.ofSeconds(30), System.nanoTime());
    AcceptedReturn atA = AcceptedReturn.of(storeA.pos().post("dup-a", body));
    assertThat(atA.mode()).isEqualTo("ONLINE");
    assertThat(atA.refundStatus()).as(atA.body()).isEqualTo("ISSUED");
    await("store-a's return at central")
        .atMost(SYNC)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> central.returnById(atA.returnId()).ok());

    assertThat(storeB.status().mode()).isEqualTo("OFFLINE");
    AcceptedReturn atB = AcceptedReturn.of(storeB.pos().post("dup-b", body));
    assertThat(atB.mode()).isEqualTo("OFFLINE");
    assertThat(atB.refundStatus()).as(atB.body()).isEqualTo("ISSUED");
    assertThat(atB.returnId()).isNotEqualTo(atA.returnId());
    assertThat(openExceptions(central)).as("nothing to compare yet").isEmpty();

    storeB.app().restart(reachable);
    await("store-b's return at central")
        .atMost(SYNC)
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(
            () -> rig.centralDb.notExactlyOnce(List.of(atA.returnId(), atB.returnId())).isEmpty());

    JsonNode open = openExceptions(central);
    assertThat(open).as(open.toString()).hasSize(1);
    JsonNode exception = open.get(0);
    assertThat(exception.path("kind").asText()).isEqualTo("DUPLICATE_SALE_LINE_RETURN");
    assertThat(exception.path("state").asText()).isEqualTo("OPEN");
    assertThat(exception.path("saleId").asText()).isEqualTo(saleId);
    assertThat(exception.path("lineKey").asText()).isEqualTo("line:L1");
    assertInvolved(exception.path("first"), "store-a", atA.returnId());
    assertInvolved(exception.path("second"), "store-b", atB.returnId());

    HttpJson.Reply later = central.returnById(atB.returnId());
    assertThat(later.status()).as(later.body()).isEqualTo(200);
    JsonNode shown = later.json().path("exceptions");
    assertThat(shown).as(later.body()).hasSize(1);
    assertThat(shown.get(0).path("id").asLong()).isEqualTo(exception.path("id").asLong());
    assertThat(shown.get(0).path("kind").asText()).isEqualTo("DUPLICATE_SALE_LINE_RETURN");
    assertThat(later.json().path("timeline").findValuesAsText("step"))
        .as(later.body())
        .contains("DUPLICATE_DETECTED");
  }

  private static JsonNode openExceptions(Central central) {
    HttpJson.Reply r = central.exceptions("OPEN");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("items");
  }

  private static void assertInvolved(JsonNode ref, String storeId, ReturnId returnId) {
    assertThat(ref.path("storeId").asText()).as(ref.toString()).isEqualTo(storeId);
    assertThat(ref.path("returnId").asText()).as(ref.toString()).isEqualTo(returnId.toString());
  }
}
