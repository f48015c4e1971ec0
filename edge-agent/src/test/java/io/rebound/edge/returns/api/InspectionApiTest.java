package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.InspectionCalls.inspect;
import static io.rebound.edge.returns.api.InspectionCalls.inventory;
import static io.rebound.edge.returns.api.InspectionCalls.step;
import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.ReadPool;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/returns/{id}/inspection}: steps, per-line view, inventory, idempotency. */
@QuarkusTest
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class InspectionApiTest {
  @Inject ReadPool reads;

  private InspectionCalls calls;

  @BeforeEach
  void freshSkus() {
    calls = new InspectionCalls(reads);
  }

  @Test
  void inspecting_every_unit_moves_inventory_and_completes_the_return() {
    String id = calls.acceptReturn();
    inventory(calls.sku).body("quantities.PENDING_INSPECTION", equalTo(3));

    inspect(
            id,
            newKey(),
            """
            {"inspectedBy":"manager Ana","lines":[
             {"lineIndex":0,"sku":"%s","quantity":2,"disposition":"RESELLABLE"},
             {"lineIndex":0,"quantity":1,"disposition":"DAMAGED","note":"scratched"},
             {"lineIndex":1,"quantity":1,"disposition":"DEFECTIVE","vendorId":"VENDOR-ACME"}]}"""
                .formatted(calls.sku))
        .then()
        .statusCode(201)
        .contentType("application/json")
        .header("Location", "/api/v1/returns/" + id)
        .body("returnId", equalTo(id))
        .body("inspectedBy", equalTo("manager Ana"))
        .body("lines", hasSize(3))
        .body("lines[2].sku", equalTo(calls.otherSku))
        .body("lines[2].vendorId", equalTo("VENDOR-ACME"))
        .body("inspection.state", equalTo("INSPECTED"))
        .body("inspection.lines[0].pendingInspection", equalTo(0))
        .body("inspection.lines[0].dispositions.RESELLABLE", equalTo(2))
        .body("inspection.lines[0].dispositions.DAMAGED", equalTo(1));

    inventory(calls.sku)
        .body("quantities.PENDING_INSPECTION", equalTo(0))
        .body("quantities.SELLABLE", equalTo(2))
        .body("quantities.LIQUIDATION", equalTo(1))
        .body("quantities.SUPPLIER_CLAIM", equalTo(0))
        .body("quantities.IN_TRANSIT_TO_WAREHOUSE", equalTo(0));
    inventory(calls.otherSku)
        .body("quantities.PENDING_INSPECTION", equalTo(0))
        .body("quantities.SUPPLIER_CLAIM", equalTo(1));
    assertThat(calls.outboxTypes(id)).containsExactly("return.accepted", "return.inspected");
  }

  @Test
  void a_return_is_inspected_in_partial_steps_shown_per_line() {
    String id = calls.acceptReturn();
    given()
        .get("/api/v1/returns/" + id)
        .then()
        .statusCode(200)
        .body("inspection.state", equalTo("NOT_INSPECTED"))
        .body("inspection.lines[0].pendingInspection", equalTo(3))
        .body("inspection.steps", hasSize(0));

    inspect(id, newKey(), step(0, 1, "RESELLABLE")).then().statusCode(201);
    inspect(id, newKey(), step(0, 1, "TO_WAREHOUSE"))
        .then()
        .statusCode(201)
        .body("inspection.state", equalTo("PARTIALLY_INSPECTED"));

    given()
        .get("/api/v1/returns/" + id)
        .then()
        .statusCode(200)
        .body("returnId", equalTo(id))
        .body("sync.state", equalTo("PENDING"))
        .body("inspection.state", equalTo("PARTIALLY_INSPECTED"))
        .body("inspection.lines[0].sku", equalTo(calls.sku))
        .body("inspection.lines[0].returned", equalTo(3))
        .body("inspection.lines[0].pendingInspection", equalTo(1))
        .body("inspection.lines[0].dispositions.RESELLABLE", equalTo(1))
        .body("inspection.lines[0].dispositions.TO_WAREHOUSE", equalTo(1))
        .body("inspection.lines[1].pendingInspection", equalTo(1))
        .body("inspection.steps", hasSize(2))
        .body("inspection.steps[0].inspectedBy", equalTo("manager Ana"))
        .body("inspection.steps[1].sync", equalTo("PENDING"));
    inventory(calls.sku)
        .body("quantities.PENDING_INSPECTION", equalTo(1))
        .body("quantities.SELLABLE", equalTo(1))
        .body("quantities.IN_TRANSIT_TO_WAREHOUSE", equalTo(1));
  }

  @Test
  void more_units_than_remain_uninspected_is_a_422_and_changes_nothing() {
    String id = calls.acceptReturn();
    inspect(id, newKey(), step(0, 2, "RESELLABLE")).then().statusCode(201);
    InspectionCalls.Counts before = calls.counts();
    String key = newKey();

    inspect(id, key, step(0, 2, "DAMAGED"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("field", equalTo("lines[0].quantity"))
        .body("rule", equalTo("inspection.quantity-exceeds-returned"))
        .body("detail", not(equalTo(null)));

    assertThat(calls.counts()).isEqualTo(before);
    // the key was not consumed by the refusal: a corrected request with it goes through
    inspect(id, key, step(0, 1, "DAMAGED")).then().statusCode(201);
    inventory(calls.sku).body("quantities.PENDING_INSPECTION", equalTo(0));
  }

  @Test
  void concurrent_steps_never_disposition_more_units_than_were_returned() throws Exception {
    String id = calls.acceptReturn();
    ExecutorService terminals = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        statuses.add(
            terminals.submit(() -> inspect(id, newKey(), step(0, 1, "RESELLABLE")).statusCode()));
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> f : statuses) {
        codes.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(codes).filteredOn(c -> c == 201).hasSize(3);
      assertThat(codes).filteredOn(c -> c == 422).hasSize(5);
    } finally {
      terminals.shutdownNow();
    }
    inventory(calls.sku)
        .body("quantities.PENDING_INSPECTION", equalTo(0))
        .body("quantities.SELLABLE", equalTo(3));
  }

  @Test
  void same_key_and_body_replays_the_first_response_and_records_once() {
    String id = calls.acceptReturn();
    String key = newKey();
    Response first = inspect(id, key, step(0, 1, "RESELLABLE"));
    first.then().statusCode(201);
    InspectionCalls.Counts afterFirst = calls.counts();

    Response replay = inspect(id, key, step(0, 1, "RESELLABLE"));

    replay.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(replay.asByteArray()).isEqualTo(first.asByteArray());
    assertThat(calls.counts()).isEqualTo(afterFirst);
    inventory(calls.sku).body("quantities.SELLABLE", equalTo(1));
  }

  @Test
  void same_key_with_another_body_or_return_is_a_422() {
    String id = calls.acceptReturn();
    String other = calls.acceptReturn();
    String key = newKey();
    inspect(id, key, step(0, 1, "RESELLABLE")).then().statusCode(201);

    inspect(id, key, step(0, 1, "DAMAGED"))
        .then()
        .statusCode(422)
        .body("field", equalTo("Idempotency-Key"))
        .body("rule", equalTo("idempotency-key-reuse"));
    inspect(other, key, step(0, 1, "RESELLABLE"))
        .then()
        .statusCode(422)
        .body("rule", equalTo("idempotency-key-reuse"));
  }
}
