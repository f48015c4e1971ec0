package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.edge.store.ReadPool;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** A store with its own policy file (JPY, version 7): its numbers decide, its version is kept. */
@QuarkusTest
@WithTestResource(value = TokyoPolicyFile.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class PolicyFileStoreTest {
  @Inject ReadPool reads;

  @Test
  void the_store_policy_file_sets_the_caps_in_yen_and_its_version_is_stored() {
    String atCap =
        post(newKey(), PolicyBodies.cashReturn("20000", "JPY", 2))
            .then()
            .statusCode(201)
            .body("refund.status", equalTo("ISSUED"))
            .extract()
            .path("returnId");
    String aboveCap =
        post(newKey(), PolicyBodies.cashReturn("20001", "JPY", 2))
            .then()
            .statusCode(201)
            .body("refund.status", equalTo("PENDING_APPROVAL"))
            .body("decisions[0].message", containsString("20000 JPY"))
            .extract()
            .path("returnId");

    assertThat(policyVersion(atCap)).isEqualTo(7);
    assertThat(policyVersion(aboveCap)).isEqualTo(7);
  }

  @Test
  void a_return_in_another_currency_than_the_stores_is_a_422() {
    post(newKey(), PolicyBodies.cashReturn("10.00", "USD", 2))
        .then()
        .statusCode(422)
        .body("rule", equalTo("policy.currency.store-currency"))
        .body("detail", containsString("JPY only"));
  }

  private int policyVersion(String returnId) {
    return reads.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT policy_version FROM returns WHERE return_id = ?")) {
            ps.setString(1, returnId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getInt(1);
            }
          }
        });
  }
}
