package io.rebound.edge.returns.api;

import static io.rebound.edge.returns.api.SampleReturns.newKey;
import static io.rebound.edge.returns.api.SampleReturns.post;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.credit.CreditStock;
import io.rebound.edge.store.WriteLane;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agent has never reached the broker: once its clock is more than 72 h past its first start, a
 * cash refund becomes store credit (rule {@code policy.offline.max-duration}); before, it is cash.
 */
@QuarkusTest
@TestProfile(AdjustableClockProfile.class)
@WithTestResource(value = FreshDataDir.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class OfflineTooLongTest {
  @Inject WriteLane lane;

  @BeforeEach
  void storeCreditNumbers() {
    CreditStock.seed(lane, 50);
  }

  @Inject AdjustableClock clock;

  @Test
  void after_72_hours_offline_refunds_are_store_credit_only() {
    post(newKey(), PolicyBodies.cashReturn("20.00", "USD", 1))
        .then()
        .statusCode(201)
        .body("mode", equalTo("OFFLINE"))
        .body("refund.method", equalTo("CASH"))
        .body("refund.status", equalTo("ISSUED"));

    clock.advance(Duration.ofHours(73));

    post(newKey(), PolicyBodies.cashReturn("20.00", "USD", 1))
        .then()
        .statusCode(201)
        .body("refund.method", equalTo("STORE_CREDIT"))
        .body("refund.status", equalTo("ISSUED"))
        .body("decisions[0].rule", equalTo("policy.offline.max-duration"))
        .body(
            "decisions[0].message",
            equalTo(
                "The store has been offline for 73 h, more than 72 h: refunds are store credit only"
                    + " until it reconnects."));
  }
}
