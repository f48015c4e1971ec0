package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.Burst;
import io.rebound.e2e.harness.BurstResult;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.PostResult;
import io.rebound.e2e.harness.ReturnBodies;
import io.rebound.protocols.ids.ReturnId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * Store-credit numbers with real processes: central reserves blocks for the store while it is
 * connected; with the broker down the agent issues numbers from them alone, across a {@code kill
 * -9} in the middle of a burst, never twice and never outside the blocks, and every acknowledged
 * return reaches central once the broker is back; the store credit that found no number left is
 * issued from the next block then.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StoreCreditNumbersTest {
  private static final String STORE = "store-credit";

  /** {@code rebound.credit.block-size}. */
  private static final int BLOCK_SIZE = 50;

  /**
   * {@code rebound.credit.low-water}, above one block: while connected, the agent asks for blocks
   * until it holds two, so the offline numbers come from two blocks.
   */
  private static final int LOW_WATER = 80;

  private static final long RESERVED = 2L * BLOCK_SIZE;

  /** Accepted store credits before the kill: few, so that numbers are left after the restart. */
  private static final int BEFORE_KILL = 10;

  private static final String NO_NUMBER = "policy.store-credit.no-number-available";

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
  void store_credit_numbers_issued_offline_across_agent_kill_are_unique_and_from_reserved_blocks() {
    Central central = rig.central("central-1");
    Agent agent =
        rig.agent(
            rig.agentConfig(STORE)
                .with("rebound.credit.block-size", Integer.toString(BLOCK_SIZE))
                .with("rebound.credit.low-water", Integer.toString(LOW_WATER)));
    await("the agent holds two blocks of numbers")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(() -> remaining(agent) == RESERVED);
    List<CreditBlock> granted = CreditBlock.grantedBy(central, STORE);
    assertThat(granted).hasSize(2).allSatisfy(b -> assertThat(b.size()).isEqualTo(BLOCK_SIZE));
    assertThat(agent.db().strings("SELECT block_id FROM credit_blocks"))
        .containsExactlyInAnyOrderElementsOf(granted.stream().map(CreditBlock::blockId).toList());

    rig.broker.stop();
    UpstreamModes.awaitMode(agent, "OFFLINE", Duration.ofSeconds(10), System.nanoTime());
    List<AcceptedReturn> acknowledged = new ArrayList<>(burstCutByKill(agent));

    agent.app().restart();
    assertThat(agent.db().integrityCheck()).isEqualTo("ok");
    long left = remaining(agent);
    System.out.printf(
        "kill after %d acknowledged store credits; %d numbers left after the restart%n",
        acknowledged.size(), left);
    assertThat(left)
        .as("numbers left after the kill (%d acknowledged before it)", acknowledged.size())
        .isBetween(1L, RESERVED - acknowledged.size());
    // more than are left: the last ones find no number and wait for one (DEFERRED)
    for (int i = 0; i < left + 3; i++) {
      AcceptedReturn r =
          AcceptedReturn.of(agent.pos().post("credit-after-" + i, storeCredit(10_000 + i)));
      assertThat(r.mode()).isEqualTo("OFFLINE");
      assertThat(r.refundMethod()).as(r.body()).isEqualTo("STORE_CREDIT");
      if (i < left) {
        assertThat(r.refundStatus()).as(r.body()).isEqualTo("ISSUED");
      } else {
        assertThat(r.refundStatus()).as(r.body()).isEqualTo("DEFERRED");
        assertThat(r.effects()).as(r.body()).containsEntry(NO_NUMBER, "DEFER");
        assertThat(r.refundReference()).as(r.body()).isEmpty();
      }
      acknowledged.add(r);
    }
    assertThat(remaining(agent)).isZero();

    Map<ReturnId, String> references = issuedReferences(agent);
    List<ReturnId> stored = agent.db().returnIds();
    for (AcceptedReturn r : acknowledged) {
      assertThat(stored).as("acknowledged return %s stored", r.returnId()).contains(r.returnId());
      if (r.refundStatus().equals("ISSUED")) {
        assertThat(references.get(r.returnId())).as(r.body()).isEqualTo(r.refundReference());
      }
    }
    List<Long> numbers =
        references.values().stream()
            .map(ref -> CreditBlock.number(ref).orElseThrow(() -> new AssertionError(ref)))
            .toList();
    assertThat(numbers).doesNotHaveDuplicates();
    assertThat(numbers)
        .as("every number inside a block central granted to %s", STORE)
        .allMatch(n -> granted.stream().anyMatch(b -> b.contains(n)));
    assertThat(numbers)
        .as("every reserved number issued once: the kill lost none")
        .containsExactlyInAnyOrderElementsOf(
            granted.stream().flatMap(b -> b.numbers().boxed()).toList());
    assertThat(agent.db().strings("SELECT number FROM credit_numbers_issued"))
        .containsExactlyInAnyOrderElementsOf(numbers.stream().map(String::valueOf).toList());
    assertThat(CreditBlock.grantedBy(central, STORE))
        .as("no block while offline")
        .isEqualTo(granted);

    List<ReturnId> deferred =
        acknowledged.stream()
            .filter(r -> r.refundStatus().equals("DEFERRED"))
            .map(AcceptedReturn::returnId)
            .toList();
    assertThat(deferred).hasSize(3);

    rig.broker.restart();
    // back online: a new block arrives and the deferred store credits are issued from it, each
    // with one return.store-credit-issued event after the returns' own
    await("every stored return at central exactly once, the deferred store credit issued")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                rig.centralDb.notExactlyOnce(stored).isEmpty()
                    && rig.centralDb.count("store_credit_issues WHERE store_id = '" + STORE + "'")
                        == deferred.size());
    assertThat(rig.centralDb.sequences(STORE))
        .isEqualTo(Sequences.oneTo(stored.size() + deferred.size()));
    assertThat(rig.centralDb.refundReferences(STORE))
        .as("the returns as accepted")
        .isEqualTo(references);
    Map<ReturnId, String> late = new HashMap<>(issuedReferences(agent));
    late.keySet().removeAll(references.keySet());
    assertThat(late).containsOnlyKeys(deferred);
    List<CreditBlock> newBlocks = new ArrayList<>(CreditBlock.grantedBy(central, STORE));
    newBlocks.removeAll(granted);
    assertThat(late.values())
        .as("issued late from a block granted after the reconnect")
        .allMatch(
            ref ->
                newBlocks.stream()
                    .anyMatch(b -> b.contains(CreditBlock.number(ref).orElseThrow())));
  }

  /**
   * Posts store credit from two terminals and kills the agent once {@value #BEFORE_KILL} are
   * acknowledged; returns the acknowledged ones.
   */
  private static List<AcceptedReturn> burstCutByKill(Agent agent) {
    Burst burst = agent.pos().burst(2_000, 2, "credit-burst", StoreCreditNumbersTest::storeCredit);
    await("store credit issued offline")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(5))
        .until(burst::acceptedSoFar, n -> n >= BEFORE_KILL);
    agent.app().kill9();
    BurstResult cut = burst.await(Duration.ofMinutes(1));
    assertThat(cut.count(PostResult.Outcome.IO_ERROR)).as("the kill cut the burst").isPositive();
    assertThat(cut.count(PostResult.Outcome.SERVER_ERROR)).isZero();
    assertThat(cut.count(PostResult.Outcome.CLIENT_ERROR)).as(cut.sampleFailures()).isZero();
    List<AcceptedReturn> acknowledged = cut.accepted().stream().map(AcceptedReturn::of).toList();
    assertThat(acknowledged)
        .allSatisfy(
            r -> {
              assertThat(r.mode()).isEqualTo("OFFLINE");
              assertThat(r.refundMethod()).as(r.body()).isEqualTo("STORE_CREDIT");
              assertThat(r.refundStatus()).as(r.body()).isEqualTo("ISSUED");
            });
    return acknowledged;
  }

  /** Reference of every ISSUED store credit the agent lists, by return id. */
  private static Map<ReturnId, String> issuedReferences(Agent agent) {
    Map<ReturnId, String> references = new HashMap<>();
    for (JsonNode item : agent.returns()) {
      JsonNode refund = item.path("refund");
      if (refund.path("method").asText().equals("STORE_CREDIT")
          && refund.path("status").asText().equals("ISSUED")) {
        references.put(
            ReturnId.parse(item.path("returnId").asText()), refund.path("reference").asText());
      }
    }
    return references;
  }

  private static long remaining(Agent agent) {
    return agent.statusJson().path("storeCredit").path("remainingNumbers").asLong(-1);
  }

  private static String storeCredit(int n) {
    return ReturnBodies.json(ReturnBodies.storeCreditReturn(n));
  }
}
