package io.rebound.central.erp.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.PostingLine;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.central.testing.CentralTestResources;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Browsing the embedded journal over HTTP. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class JournalApiTest {
  @Inject
  @Identifier("journal")
  ErpAdapter journal;

  @Test
  void entries_of_a_return_are_listed_with_balanced_lines_and_paged() {
    ReturnPosting posting = booked();

    Integer next =
        given()
            .queryParam("returnId", posting.returnId().toString())
            .queryParam("limit", 1)
            .get("/api/v1/journal/entries")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("items[0].kind", equalTo("CREDIT_NOTE"))
            .body("items[0].currency", equalTo("EUR"))
            .body("items[0].lines.debitMinor", contains(3000, 0))
            .body("items[0].lines.creditMinor", contains(0, 3000))
            .body("next", notNullValue())
            .extract()
            .path("next");
    given()
        .queryParam("returnId", posting.returnId().toString())
        .queryParam("after", next)
        .get("/api/v1/journal/entries")
        .then()
        .statusCode(200)
        .body("items.kind", contains("STOCK_RETURN"))
        .body("next", nullValue());
  }

  @Test
  void stock_movements_of_a_return_are_listed() {
    ReturnPosting posting = booked();

    given()
        .queryParam("returnId", posting.returnId().toString())
        .get("/api/v1/journal/stock-movements")
        .then()
        .statusCode(200)
        .body("items.sku", contains("SKU-7"))
        .body("items[0].quantity", equalTo(2))
        .body("items[0].fromLocation", equalTo("customer"))
        .body("items[0].toLocation", equalTo("store:store-9"))
        .body("items[0].unitCostMinor", equalTo(1500));
  }

  @Test
  void a_malformed_return_id_is_a_problem_naming_the_field() {
    given()
        .queryParam("returnId", "not-a-uuid")
        .get("/api/v1/journal/entries")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("returnId"));
  }

  private ReturnPosting booked() {
    ReturnPosting posting =
        new ReturnPosting(
            ReturnId.mint(Clock.systemUTC()),
            StoreId.of("store-9"),
            Instant.now(),
            null,
            null,
            Money.of("30.00", "EUR"),
            List.of(new PostingLine("SKU-7", 2, Money.of("15.00", "EUR"))));
    journal.postCreditNote(posting);
    journal.postStockReturn(posting);
    return posting;
  }
}
